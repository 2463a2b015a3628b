package article

import (
	"bufio"
	"errors"
	"io"
)

// lineScanner reads lines of at most max bytes. A longer line is read
// through and dropped, so memory stays near max whatever the input.
// Lines end at "\n"; a "\r" before it is dropped too.
type lineScanner struct {
	br   *bufio.Reader
	max  int
	line int    // 1-based number of the line last returned
	buf  []byte // the line being put together from several buffer reads
}

// next returns the next line without its line break, and its number. For
// a line longer than max it returns tooLong and no bytes. At the end of
// input it returns io.EOF. The returned bytes are valid until the next
// call.
func (s *lineScanner) next() (text []byte, line int, tooLong bool, err error) {
	s.buf = s.buf[:0]
	started := false
	for {
		chunk, err := s.br.ReadSlice('\n')
		if len(chunk) > 0 {
			started = true
		}
		switch {
		case tooLong:
			// Keep reading past the line without keeping it.
		case len(s.buf) == 0 && err == nil:
			// The common case: the whole line was in the buffer.
			text = chunk
		case len(s.buf)+len(chunk) > s.max+2: // +2 for "\r\n"
			tooLong = true
			s.release()
		default:
			s.grow(len(chunk))
			s.buf = append(s.buf, chunk...)
			text = s.buf
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, s.line + 1, false, err
		}
		if err != nil && !started {
			return nil, s.line, false, io.EOF
		}
		s.line++
		text = trimLineEnd(text)
		if tooLong || len(text) > s.max {
			s.release()
			return nil, s.line, true, nil
		}
		return text, s.line, false, nil
	}
}

// grow makes room for n more bytes, doubling the buffer (append grows
// large slices by a quarter, which would allocate five times the cap
// before a long line is found to be too long), never past max+2.
func (s *lineScanner) grow(n int) {
	need := len(s.buf) + n
	if need <= cap(s.buf) {
		return
	}
	newCap := max(2*cap(s.buf), need, 4<<10)
	newCap = min(newCap, s.max+2)
	grown := make([]byte, len(s.buf), max(newCap, need))
	copy(grown, s.buf)
	s.buf = grown
}

// release drops a large line buffer so that one long line does not pin
// its memory for the rest of the stream.
func (s *lineScanner) release() {
	if cap(s.buf) > streamBufferBytes {
		s.buf = nil
	} else {
		s.buf = s.buf[:0]
	}
}

// trimLineEnd cuts one trailing "\n" or "\r\n".
func trimLineEnd(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}
