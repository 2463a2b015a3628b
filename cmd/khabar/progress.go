package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports counts on a terminal about once a second, on one line it
// rewrites. Where the writer is not a terminal it says nothing, so logs and
// pipes stay clean.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	done    int
	failed  int
	printed bool
}

func newProgress(w io.Writer) *progress {
	on := false
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	now := time.Now()
	return &progress{w: w, on: on, start: now, last: now}
}

// add counts one record, failed or not, and redraws at most once a second.
func (p *progress) add(failed bool) {
	p.done++
	if failed {
		p.failed++
	}
	if !p.on {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= time.Second {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	rate := float64(p.done) / now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%d articles, %d failed, %.0f/s ", p.done, p.failed, rate)
	p.printed = true
}

// clear wipes the progress line so that a message can take its place.
func (p *progress) clear() {
	if p.on && p.printed {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// finish ends the progress line.
func (p *progress) finish() {
	if p.on && p.printed {
		p.draw(time.Now())
		fmt.Fprintln(p.w)
	}
}
