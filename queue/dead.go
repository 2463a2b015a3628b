package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go/jetstream"
)

// DeadLetter is one article given up, as kept in the dead-letter stream.
type DeadLetter struct {
	// Seq is its sequence in the dead-letter stream.
	Seq uint64 `json:"seq"`
	// ArticleID, Source and Kind are those of the work message.
	ArticleID string `json:"article_id"`
	Source    string `json:"source"`
	Kind      string `json:"kind"`
	// Error is why it was given up; Stack the stack of a panic, or "".
	Error string `json:"error"`
	Stack string `json:"stack,omitempty"`
	// Deliveries is how many times it had been delivered; Worker who gave
	// it up.
	Deliveries int    `json:"deliveries"`
	Worker     string `json:"worker"`
	// Data is the work message's body: republish it to try again.
	Data []byte `json:"data"`
}

// ReadDead returns up to max dead letters, oldest first.
func ReadDead(ctx context.Context, js jetstream.JetStream, cfg Config, max int) ([]DeadLetter, error) {
	s, err := js.Stream(ctx, cfg.DeadStream)
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", cfg.DeadStream, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", cfg.DeadStream, err)
	}
	var out []DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && len(out) < max && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letter %d: %w", seq, err)
		}
		n, _ := strconv.Atoi(m.Header.Get(HeaderDeliveries))
		out = append(out, DeadLetter{
			Seq: seq, ArticleID: m.Header.Get(HeaderArticleID), Source: m.Header.Get(HeaderSource),
			Kind: m.Header.Get(HeaderKind), Error: m.Header.Get(HeaderError), Stack: m.Header.Get(HeaderStack),
			Deliveries: n, Worker: m.Header.Get(HeaderWorker), Data: m.Data,
		})
	}
	return out, nil
}
