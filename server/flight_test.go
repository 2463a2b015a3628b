package server

import (
	"bytes"
	"net/http"
	"net/url"
	"sync"
	"testing"
)

// TestConcurrentReads sends the same and different requests from many
// goroutines at once, through the shared runs and the query slots, and
// wants every answer whole and equal to the one a lone request gets.
func TestConcurrentReads(t *testing.T) {
	ts, _ := testServer(t, func(c *Config) { c.MaxQueries = 2 })
	paths := []string{"/api/events", "/api/search?q=" + url.QueryEscape("تنگستن"), "/api/actors", "/api/stats/timeline"}
	want := map[string][]byte{}
	for _, p := range paths {
		_, want[p] = get(t, ts, p)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 200)
	for i := range 80 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := paths[i%len(paths)]
			res, err := ts.Client().Get(ts.URL + p)
			if err != nil {
				errs <- err.Error()
				return
			}
			defer res.Body.Close()
			var b bytes.Buffer
			b.ReadFrom(res.Body)
			if res.StatusCode != http.StatusOK || !bytes.Equal(b.Bytes(), want[p]) {
				errs <- p + ": " + res.Status + " " + b.String()[:min(b.Len(), 200)]
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
