package main

import (
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// request is one kind of request of the mix: its name and a function
// that makes a path (with random parameters) for it.
type request struct {
	name string
	path func(rng *rand.Rand) string
}

// Parameters the requests draw from at random, as users with different
// questions would send.
var (
	actors = []string{"AFG", "IRN", "KAZ", "UZB", "TJK", "TKM", "CHN", "PAK"}
	types  = []string{"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "AID"}
	words  = []string{"تنگستن", "تجارت", "خط آهن", "رئیس جمهور", "ازبکستان", "قرارداد", "برق",
		"tungsten", "railway", "gas", "Kazakhstan", "agreement"}
	intervals = []string{"day", "month", "year"}
)

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// month returns a random first and last day of a span of months in 2024-2025.
func months(rng *rand.Rand) (from, to string) {
	a := rng.IntN(24)
	b := min(23, a+1+rng.IntN(6))
	return fmt.Sprintf("%d-%02d-01", 2024+a/12, 1+a%12), fmt.Sprintf("%d-%02d-28", 2024+b/12, 1+b%12)
}

// requestMix is what the clients ask for, each kind as often as listed.
func requestMix(base string, ids []string) ([]request, error) {
	q := url.QueryEscape
	fixed := func(p string) func(*rand.Rand) string { return func(*rand.Rand) string { return p } }
	mix := []request{
		{"events", fixed("api/events")},
		{"events?actor", func(r *rand.Rand) string { return "api/events?actor=" + pick(r, actors) }},
		{"events?actor", func(r *rand.Rand) string {
			return "api/events?actor=" + pick(r, actors) + "&type=" + pick(r, types)
		}},
		{"events?dates", func(r *rand.Rand) string { from, to := months(r); return "api/events?from=" + from + "&to=" + to }},
		{"events?q", func(r *rand.Rand) string { return "api/events?q=" + q(pick(r, words)) }},
		{"search", func(r *rand.Rand) string { return "api/search?q=" + q(pick(r, words)) }},
		{"search", func(r *rand.Rand) string { return "api/search?limit=10&q=" + q(pick(r, words)) }},
		{"articles", fixed("api/articles")},
		{"articles?dates", func(r *rand.Rand) string { from, to := months(r); return "api/articles?from=" + from + "&to=" + to }},
		{"actors", fixed("api/actors")},
		{"network", fixed("api/network")},
		{"network", func(r *rand.Rand) string { return "api/network?type=" + pick(r, types) }},
		{"timeline", func(r *rand.Rand) string { return "api/stats/timeline?interval=" + pick(r, intervals) }},
		{"timeline", func(r *rand.Rand) string {
			return "api/stats/timeline?interval=month&actor=" + pick(r, actors)
		}},
		{"stats", fixed("api/stats")},
	}
	if len(ids) > 0 {
		article := request{"article", func(r *rand.Rand) string { return "api/articles/" + ids[r.IntN(len(ids))] }}
		mix = append(mix, article, article, article)
	} else {
		mix = append(mix, request{"article", fixed("api/articles?limit=1")})
	}
	prefix := strings.TrimSuffix(base, "/") + "/"
	for i := range mix {
		path := mix[i].path
		mix[i].path = func(r *rand.Rand) string { return prefix + path(r) }
	}
	return mix, nil
}

// sample is one answered (or failed) request.
type sample struct {
	kind    string
	latency time.Duration
	failure string // "" when the answer was 2xx
}

// results gathers every client's samples.
type results struct {
	elapsed time.Duration
	samples []sample
}

// load runs clients goroutines, each sending requests of the mix one
// after the other until the duration has passed.
func load(base string, mix []request, clients int, duration time.Duration) *results {
	hc := client(clients)
	deadline := time.Now().Add(duration)
	var mu sync.Mutex
	res := &results{}
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 1))
			var mine []sample
			for time.Now().Before(deadline) {
				r := mix[rng.IntN(len(mix))]
				mine = append(mine, send(hc, r, rng))
			}
			mu.Lock()
			res.samples = append(res.samples, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

func send(hc *http.Client, r request, rng *rand.Rand) sample {
	path := r.path(rng)
	t0 := time.Now()
	resp, err := hc.Get(path)
	if err != nil {
		return sample{r.name, time.Since(t0), "transport: " + errKind(err)}
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	s := sample{kind: r.name, latency: time.Since(t0)}
	switch {
	case err != nil:
		s.failure = "reading: " + errKind(err)
	case resp.StatusCode/100 != 2:
		s.failure = fmt.Sprintf("status %d", resp.StatusCode)
	}
	return s
}

// errKind shortens an error to its last part, so that failures group.
func errKind(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return msg
}

func (r *results) errors() int {
	n := 0
	for _, s := range r.samples {
		if s.failure != "" {
			n++
		}
	}
	return n
}

// report prints the totals, the failures by reason and the latency
// percentiles overall and per kind of request.
func (r *results) report(out io.Writer) {
	fmt.Fprintf(out, "%d requests in %v: %.0f requests/s, %d errors\n", len(r.samples), r.elapsed.Round(time.Millisecond),
		float64(len(r.samples))/r.elapsed.Seconds(), r.errors())
	failures := map[string]int{}
	byKind := map[string][]time.Duration{}
	var all []time.Duration
	for _, s := range r.samples {
		if s.failure != "" {
			failures[s.failure]++
		}
		byKind[s.kind] = append(byKind[s.kind], s.latency)
		all = append(all, s.latency)
	}
	for _, f := range slices.Sorted(maps.Keys(failures)) {
		fmt.Fprintf(out, "  error %-40s %d\n", f, failures[f])
	}
	fmt.Fprintf(out, "%-14s %8s %9s %9s %9s %9s\n", "endpoint", "requests", "p50", "p90", "p99", "max")
	line := func(name string, d []time.Duration) {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		fmt.Fprintf(out, "%-14s %8d %9s %9s %9s %9s\n", name, len(d), pct(d, 50), pct(d, 90), pct(d, 99), pct(d, 100))
	}
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		line(k, byKind[k])
	}
	line("all", all)
}

// pct is the p-th percentile of sorted durations (nearest rank).
func pct(sorted []time.Duration, p int) string {
	if len(sorted) == 0 {
		return "-"
	}
	i := (p*len(sorted) + 99) / 100
	i = max(1, min(i, len(sorted)))
	return sorted[i-1].Round(10 * time.Microsecond).String()
}
