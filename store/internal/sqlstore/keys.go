package sqlstore

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"khabar/pipeline"
	"khabar/store"
)

// articleKey returns the integer key of an article id: the first 8 bytes
// of its SHA-256, as a signed integer. The key is the primary key of the
// articles table and the shard key of every per-article table; since it is
// computed from the id, any node gets the same key without a sequence.
func articleKey(id string) (int64, error) {
	if !store.ValidID(id) {
		return 0, fmt.Errorf("%w: article id %q is not sha256: and 64 hex digits", store.ErrInvalid, id)
	}
	b, _ := hex.DecodeString(id[len("sha256:") : len("sha256:")+16])
	return int64(binary.BigEndian.Uint64(b)), nil
}

// eventKey returns the text that identifies a merged event, and its
// integer key: type, date, sorted actor codes, sorted recipient codes, CAMEO
// code and negation. An event without a date of its own takes the
// article's.
func eventKey(e pipeline.Event, articleDate string) (string, int64) {
	codes := func(ps []pipeline.Party) string {
		c := make([]string, len(ps))
		for i, p := range ps {
			c[i] = p.Code
		}
		slices.Sort(c)
		return strings.Join(slices.Compact(c), ",")
	}
	date := e.Date
	if date == "" {
		date = articleDate
	}
	key := strings.Join([]string{e.Type, date, codes(e.Actor), codes(e.Recipient), e.CAMEO, strconv.FormatBool(e.Negated)}, "|")
	sum := sha256.Sum256([]byte(key))
	return key, int64(binary.BigEndian.Uint64(sum[:8]))
}

// eventID is the public id of a merged event: "ev:" and 16 hex digits.
func eventID(ev int64) string {
	return fmt.Sprintf("ev:%016x", uint64(ev))
}

// parseEventID is the inverse of eventID.
func parseEventID(s string) (int64, bool) {
	h, ok := strings.CutPrefix(s, "ev:")
	if !ok || len(h) != 16 {
		return 0, false
	}
	u, err := strconv.ParseUint(h, 16, 64)
	return int64(u), err == nil
}

// cursor is a position in a list: after the item with this date and key,
// in descending order, or (for aggregate lists) an offset.
type cursor struct {
	Date   string
	Key    int64
	Offset int
	set    bool
}

func (c cursor) String() string {
	var s string
	if c.Offset > 0 {
		s = "o" + strconv.Itoa(c.Offset)
	} else {
		s = "k" + strconv.FormatInt(c.Key, 10) + "|" + c.Date
	}
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// parseCursor reads a cursor made by String; "" is the start.
func parseCursor(s string) (cursor, error) {
	if s == "" {
		return cursor{}, nil
	}
	bad := fmt.Errorf("%w: cursor: %.40q was not made by this server", store.ErrInvalid, s)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) < 2 {
		return cursor{}, bad
	}
	switch b[0] {
	case 'o':
		n, err := strconv.Atoi(string(b[1:]))
		if err != nil || n <= 0 {
			return cursor{}, bad
		}
		return cursor{Offset: n, set: true}, nil
	case 'k':
		k, d, ok := strings.Cut(string(b[1:]), "|")
		n, err := strconv.ParseInt(k, 10, 64)
		if !ok || err != nil || len(d) > 10 {
			return cursor{}, bad
		}
		return cursor{Date: d, Key: n, set: true}, nil
	}
	return cursor{}, bad
}
