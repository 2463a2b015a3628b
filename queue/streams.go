package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Connect dials the NATS servers of cfg.URL; the connection reconnects
// forever, so that a server restart only pauses the work. name shows in
// the server's connection list.
func Connect(cfg Config, name string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(cfg.URL,
		nats.Name(name),
		nats.Timeout(5*time.Second),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond),
		nats.RetryOnFailedConnect(false),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("queue: connecting to %s: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("queue: JetStream on %s: %w", cfg.URL, err)
	}
	return nc, js, nil
}

// Ensure creates the work stream, the dead-letter stream and the durable
// consumer if they do not exist, and returns the consumer. Existing
// streams and consumers are used as they are, so that the first publisher
// or worker of a deployment sets their replicas and limits. Transient
// errors (a cluster electing its leaders) are retried for up to 30 s.
func Ensure(ctx context.Context, js jetstream.JetStream, cfg Config) (jetstream.Consumer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	work := jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "khabar: articles waiting to be coded",
		Subjects:    []string{cfg.Subject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
		Duplicates:  cfg.DuplicateWindow,
	}
	dead := jetstream.StreamConfig{
		Name:        cfg.DeadStream,
		Description: "khabar: articles that could not be coded, with their errors",
		Subjects:    []string{cfg.DeadSubject()},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
		Duplicates:  cfg.DuplicateWindow,
	}
	for _, sc := range []jetstream.StreamConfig{work, dead} {
		err := retryTransient(ctx, func(ctx context.Context) error {
			_, err := js.Stream(ctx, sc.Name)
			if errors.Is(err, jetstream.ErrStreamNotFound) {
				_, err = js.CreateStream(ctx, sc)
				if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
					err = nil // another process was first
				}
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("queue: stream %s: %w", sc.Name, err)
		}
	}
	cc := jetstream.ConsumerConfig{
		Durable:       cfg.Consumer,
		Description:   "khabar workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		MaxDeliver:    -1, // the worker counts failures itself, so nothing is stuck
		MaxAckPending: cfg.MaxAckPending,
		FilterSubject: cfg.Subject(),
		Replicas:      0, // as the stream
	}
	var cons jetstream.Consumer
	err := retryTransient(ctx, func(ctx context.Context) error {
		c, err := js.Consumer(ctx, cfg.Stream, cfg.Consumer)
		if errors.Is(err, jetstream.ErrConsumerNotFound) {
			c, err = js.CreateConsumer(ctx, cfg.Stream, cc)
			if errors.Is(err, jetstream.ErrConsumerExists) {
				c, err = js.Consumer(ctx, cfg.Stream, cfg.Consumer)
			}
		}
		cons = c
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("queue: consumer %s on %s: %w", cfg.Consumer, cfg.Stream, err)
	}
	return cons, nil
}

// Delete removes both streams of cfg with everything in them (the
// benchmark and the tests clean up with it).
func Delete(ctx context.Context, js jetstream.JetStream, cfg Config) error {
	for _, name := range []string{cfg.Stream, cfg.DeadStream} {
		if err := js.DeleteStream(ctx, name); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			return fmt.Errorf("queue: deleting stream %s: %w", name, err)
		}
	}
	return nil
}

// retryTransient calls f until it succeeds, ctx ends or 30 s pass,
// waiting a little longer after each failure.
func retryTransient(ctx context.Context, f func(context.Context) error) error {
	deadline := time.Now().Add(30 * time.Second)
	b := newBackoff(100*time.Millisecond, 2*time.Second)
	for {
		actx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := f(actx)
		cancel()
		if err == nil || ctx.Err() != nil || time.Now().After(deadline) || permanent(err) {
			return err
		}
		if !b.sleep(ctx) {
			return err
		}
	}
}

// permanent reports errors that waiting does not cure: JetStream is off,
// or the server refused the request as malformed.
func permanent(err error) bool {
	if errors.Is(err, jetstream.ErrJetStreamNotEnabled) || errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) {
		return true
	}
	var api *jetstream.APIError
	return errors.As(err, &api) && api.Code == 400
}
