package article

import (
	"fmt"
	"io"
)

// Default limits. They bound the memory one record can take.
const (
	// DefaultMaxLineBytes caps one JSON line: 16 MiB.
	DefaultMaxLineBytes = 16 << 20
	// DefaultMaxFileBytes caps one text file (dated or plain): 64 MiB.
	DefaultMaxFileBytes = 64 << 20
)

// Options configures the readers. Start from DefaultOptions; a zero field
// means its default, so Options{} is valid too.
type Options struct {
	// MaxLineBytes caps one JSON line, line break excluded. A longer line
	// is reported (ErrLineTooLong) and skipped while it streams past, so it
	// is never held in memory whole.
	MaxLineBytes int
	// MaxFileBytes caps one text file. A longer file is reported
	// (ErrFileTooLarge) and skipped. It does not apply to JSON Lines,
	// which are capped line by line.
	MaxFileBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// DefaultOptions returns the default limits.
func DefaultOptions() Options {
	return Options{MaxLineBytes: DefaultMaxLineBytes, MaxFileBytes: DefaultMaxFileBytes}
}

// Validate reports the first field whose value cannot be used.
func (o Options) Validate() error {
	if o.MaxLineBytes < 0 {
		return fmt.Errorf("article: Options.MaxLineBytes is %d; want > 0, or 0 for the default %d", o.MaxLineBytes, DefaultMaxLineBytes)
	}
	if o.MaxFileBytes < 0 {
		return fmt.Errorf("article: Options.MaxFileBytes is %d; want > 0, or 0 for the default %d", o.MaxFileBytes, DefaultMaxFileBytes)
	}
	return nil
}

// withDefaults fills zero fields with their defaults.
func (o Options) withDefaults() Options {
	if o.MaxLineBytes == 0 {
		o.MaxLineBytes = DefaultMaxLineBytes
	}
	if o.MaxFileBytes == 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	return o
}

// sizeText writes a byte count for messages: "16 MiB (16777216 bytes)".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB (%d bytes)", n>>20, n)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB (%d bytes)", n>>10, n)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
