package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer that a command writes while a test reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestDemo runs khabar demo on a free port, asks the API for its
// statistics, and stops it.
func TestDemo(t *testing.T) {
	root := newRootCmd()
	var out, errb lockedBuffer
	root.SetArgs([]string{"demo", "--addr", "127.0.0.1:0"})
	root.SetOut(&out)
	root.SetErr(&errb)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()

	urlRE := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/`)
	var url string
	for deadline := time.Now().Add(60 * time.Second); url == "" && time.Now().Before(deadline); {
		select {
		case err := <-done:
			t.Fatalf("demo ended early: %v\n%s%s", err, out.String(), errb.String())
		case <-time.After(50 * time.Millisecond):
		}
		url = urlRE.FindString(out.String())
	}
	if url == "" {
		t.Fatalf("demo printed no URL:\n%s%s", out.String(), errb.String())
	}
	res, err := http.Get(url + "api/stats")
	if err != nil {
		t.Fatal(err)
	}
	var stats struct{ Articles, Events int }
	err = json.NewDecoder(res.Body).Decode(&stats)
	res.Body.Close()
	if err != nil || stats.Articles < 9 || stats.Events == 0 {
		t.Errorf("demo database: %+v (%v), want at least 9 articles with events", stats, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("demo ended with %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("demo did not stop after its context ended")
	}
}

// TestServeFlags refuses command lines serve cannot run.
func TestServeFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"an argument", []string{"serve", "news.db"}},
		{"a short token", []string{"serve", "--token", "short"}},
		{"a demo argument", []string{"demo", "extra"}},
	} {
		_, _, err := runCLI(t, "", tc.args...)
		if exitCode(err) != 2 {
			t.Errorf("%s: exit code %d (%v), want 2", tc.name, exitCode(err), err)
		}
	}
}
