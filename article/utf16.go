package article

import (
	"bufio"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Reader turns a UTF-16 stream (its byte order mark already read)
// into UTF-8. Lone surrogates and a dangling odd byte come out as the byte
// 0xFF, which is never UTF-8, so the readers report them as ErrInvalidUTF8
// on the right line instead of repairing them silently.
type utf16Reader struct {
	src       *bufio.Reader
	bigEndian bool
	pending   []byte // decoded bytes not yet returned
	err       error  // error from src, returned once pending is drained
}

// Read fills p with UTF-8.
func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.pending) == 0 && u.err == nil {
		u.decode()
	}
	if len(u.pending) == 0 {
		return 0, u.err
	}
	n := copy(p, u.pending)
	u.pending = u.pending[n:]
	return n, nil
}

// decode converts up to 2 KiB of code units into u.pending.
func (u *utf16Reader) decode() {
	out := u.pending[:0]
	for range 1024 {
		unit, err := u.unit()
		if err != nil {
			u.err = err
			break
		}
		if utf16.IsSurrogate(rune(unit)) {
			next, err := u.peekUnit()
			r := utf16.DecodeRune(rune(unit), rune(next))
			if err == nil && r != utf8.RuneError {
				u.unit() // consume the low surrogate
				out = utf8.AppendRune(out, r)
				continue
			}
			out = append(out, 0xFF)
			continue
		}
		out = utf8.AppendRune(out, rune(unit))
	}
	u.pending = out
}

// unit reads one code unit; a lone final byte becomes the invalid unit
// 0xDC00 (a lone low surrogate), which decode turns into 0xFF.
func (u *utf16Reader) unit() (uint16, error) {
	b, err := u.src.Peek(2)
	if len(b) == 1 {
		u.src.Discard(1)
		return 0xDC00, nil
	}
	if err != nil {
		return 0, err
	}
	u.src.Discard(2)
	return u.order(b), nil
}

// peekUnit returns the next code unit without reading it.
func (u *utf16Reader) peekUnit() (uint16, error) {
	b, err := u.src.Peek(2)
	if err != nil {
		return 0, err
	}
	return u.order(b), nil
}

// order reads two bytes in the stream's byte order.
func (u *utf16Reader) order(b []byte) uint16 {
	if u.bigEndian {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}

// decodeBOM looks at the start of br: a UTF-16 byte order mark is read and
// the stream is wrapped to become UTF-8; a UTF-8 byte order mark is read
// and dropped. Other input is returned as it is.
func decodeBOM(br *bufio.Reader) io.Reader {
	head, _ := br.Peek(3)
	switch {
	case len(head) >= 2 && head[0] == 0xFF && head[1] == 0xFE:
		br.Discard(2)
		return &utf16Reader{src: br}
	case len(head) >= 2 && head[0] == 0xFE && head[1] == 0xFF:
		br.Discard(2)
		return &utf16Reader{src: br, bigEndian: true}
	case string(head) == utf8BOM:
		br.Discard(3)
	}
	return br
}
