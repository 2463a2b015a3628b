// The browser test drives the page in headless Chromium (Debian's
// chromium, which .ci/run installs); it skips when /usr/bin/chromium is
// missing, as on a laptop without it.
package server

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// TestBrowserSearch loads the page, searches for تنگستن (tungsten) and
// waits for the events of the tungsten articles in the table, then opens
// one article and looks for its highlighted triggers and entities.
func TestBrowserSearch(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("no Chromium at %s: %v", chromiumPath, err)
	}
	ts, _ := testServer(t, nil)
	const word = "تنگستن"
	want := getList(t, ts, "/api/events?q="+url.QueryEscape(word))
	if *want.Total == 0 {
		t.Fatalf("the demo articles have no event in an article about %s", word)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("headless", true), chromedp.WindowSize(1280, 1600))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(ts.URL + "/"),
		chromedp.WaitVisible(chromedp.CSS("#search-q")),
		chromedp.SendKeys(chromedp.CSS("#search-q"), word),
		chromedp.Click(chromedp.CSS("#search-form button")),
		chromedp.WaitVisible(chromedp.CSS("#results li")),
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("searching on the page: %v", err)
	}
	poll := fmt.Sprintf(`document.getElementById('events-total').textContent === '(%d)'`, *want.Total)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](poll, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		total, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#events-total")))
		t.Fatalf("waiting for %d events in the table (it says %q): %v", *want.Total, total, err)
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#events tbody tr .type').length`))
	if err != nil {
		t.Fatal(err)
	}
	// Open the article of the first event at its sentence.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#events tbody a.source")),
		chromedp.WaitVisible(chromedp.CSS("#article .body .sentence.current")),
	); err != nil {
		t.Fatalf("opening an article from the table: %v", err)
	}
	triggers, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#article .body .trigger').length`))
	if err != nil {
		t.Fatal(err)
	}
	entities, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#article .body .ent').length`))
	if err != nil {
		t.Fatal(err)
	}
	dir, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("#article .body"), "dir"))
	if err != nil {
		t.Fatal(err)
	}
	bodyDir := dir.Value
	if rows != min(*want.Total, 50) {
		t.Errorf("the events table shows %d events, want %d", rows, min(*want.Total, 50))
	}
	if triggers == 0 || entities == 0 {
		t.Errorf("the article view highlights %d triggers and %d entities, want some of each", triggers, entities)
	}
	if bodyDir != "rtl" {
		t.Errorf("the Persian article's body has dir=%q, want rtl", bodyDir)
	}
}
