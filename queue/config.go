package queue

import (
	"fmt"
	"time"
)

// Config names the streams and the consumer and sets how the queue
// behaves. Publishers and workers of one deployment use the same names.
type Config struct {
	// URL is the NATS server, or several separated by commas
	// (nats://a:4222,nats://b:4222); the client fails over between them.
	URL string
	// Stream is the work-queue stream; its subject is Stream in lower case
	// followed by ".articles".
	Stream string
	// DeadStream is the dead-letter stream; its subject is Stream in lower
	// case followed by ".dead".
	DeadStream string
	// Consumer is the durable pull consumer that every worker shares.
	Consumer string
	// Replicas is the number of copies of each stream (1, or 3 on a
	// cluster of three); it applies when the streams are created.
	Replicas int
	// DuplicateWindow is how long JetStream remembers message ids to drop
	// repeats; it applies when the stream is created.
	DuplicateWindow time.Duration
	// AckWait is how long a delivered message may stay unacknowledged
	// before it goes to another worker; a worker working on a batch
	// extends it every AckWait/3.
	AckWait time.Duration
	// MaxDeliver is how many times an article may fail (a pipeline or
	// decoding error) before it is dead-lettered.
	MaxDeliver int
	// CrashLimit is how many deliveries without an acknowledgement (its
	// worker died every time) an article gets before it is dead-lettered
	// unprocessed.
	CrashLimit int
	// MaxAckPending caps the messages delivered and not yet acknowledged,
	// over all workers.
	MaxAckPending int
	// Batch is the number of messages a worker pulls and stores in one
	// transaction.
	Batch int
	// FetchWait is how long a pull waits for a full batch before taking
	// what there is.
	FetchWait time.Duration
	// Grace is how long a cancelled worker goes on with the batch in hand
	// before it naks what is not stored.
	Grace time.Duration
}

// DefaultConfig returns the names and limits khabar uses unless told
// otherwise.
func DefaultConfig() Config {
	return Config{
		URL:             "nats://127.0.0.1:4222",
		Stream:          "KHABAR",
		DeadStream:      "KHABAR_DEAD",
		Consumer:        "khabar-workers",
		Replicas:        1,
		DuplicateWindow: 2 * time.Hour,
		AckWait:         60 * time.Second,
		MaxDeliver:      5,
		CrashLimit:      20,
		MaxAckPending:   10000,
		Batch:           50,
		FetchWait:       time.Second,
		Grace:           20 * time.Second,
	}
}

// Validate reports the first field that cannot be used, by name.
func (c Config) Validate() error {
	switch {
	case c.URL == "":
		return fmt.Errorf("queue: Config.URL is empty; want nats://host:port")
	case !validName(c.Stream):
		return fmt.Errorf("queue: Config.Stream %q: want letters, digits, - and _", c.Stream)
	case !validName(c.DeadStream) || c.DeadStream == c.Stream:
		return fmt.Errorf("queue: Config.DeadStream %q: want letters, digits, - and _, other than Stream", c.DeadStream)
	case !validName(c.Consumer):
		return fmt.Errorf("queue: Config.Consumer %q: want letters, digits, - and _", c.Consumer)
	case c.Replicas < 1 || c.Replicas > 5:
		return fmt.Errorf("queue: Config.Replicas is %d; want 1 to 5", c.Replicas)
	case c.DuplicateWindow <= 0:
		return fmt.Errorf("queue: Config.DuplicateWindow is %v; want > 0", c.DuplicateWindow)
	case c.AckWait < 100*time.Millisecond:
		return fmt.Errorf("queue: Config.AckWait is %v; want at least 100ms", c.AckWait)
	case c.MaxDeliver < 1:
		return fmt.Errorf("queue: Config.MaxDeliver is %d; want >= 1", c.MaxDeliver)
	case c.CrashLimit < c.MaxDeliver:
		return fmt.Errorf("queue: Config.CrashLimit is %d; want >= MaxDeliver (%d)", c.CrashLimit, c.MaxDeliver)
	case c.Batch < 1 || c.Batch > 10000:
		return fmt.Errorf("queue: Config.Batch is %d; want 1 to 10000", c.Batch)
	case c.MaxAckPending < c.Batch:
		return fmt.Errorf("queue: Config.MaxAckPending is %d; want >= Batch (%d)", c.MaxAckPending, c.Batch)
	case c.FetchWait <= 0:
		return fmt.Errorf("queue: Config.FetchWait is %v; want > 0", c.FetchWait)
	case c.Grace < 0:
		return fmt.Errorf("queue: Config.Grace is %v; want >= 0", c.Grace)
	}
	return nil
}

// Subject is the subject articles are published on.
func (c Config) Subject() string { return lower(c.Stream) + ".articles" }

// DeadSubject is the subject dead letters are published on.
func (c Config) DeadSubject() string { return lower(c.Stream) + ".dead" }

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
