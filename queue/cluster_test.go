package queue_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"khabar/article"
	"khabar/pipeline"
	"khabar/queue"
	"khabar/queue/internal/natstest"
	"khabar/store"
)

// childEnv carries a childSpec to TestWorkerChild.
const childEnv = "KHABAR_QUEUE_CHILD"

type childSpec struct {
	URL, Stream, DSN string
}

// TestWorkerChild is the worker process that TestWorkerKilled kills; it
// runs only as its child.
func TestWorkerChild(t *testing.T) {
	raw := os.Getenv(childEnv)
	if raw == "" {
		t.Skip("only run as a child of TestWorkerKilled")
	}
	var spec childSpec
	if err := json.Unmarshal([]byte(raw), &spec); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(spec.URL, spec.Stream, 3)
	js := connect(t, cfg)
	st, err := store.Open(context.Background(), spec.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// A little slower than the pipeline alone, so that the run lasts
	// through several kills.
	p := sharedPipeline(t)
	slow := func(ctx context.Context, a article.Article) (pipeline.Result, error) {
		time.Sleep(3 * time.Millisecond)
		return p.Extract(ctx, a)
	}
	w, err := queue.NewWorker(js, st, cfg, queue.WorkerOptions{Pipeline: p, Concurrency: 1, Extract: slow})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	w.Run(ctx)
}

// TestWorkerKilled kills a worker process with SIGKILL every two to three and a half
// seconds and starts a new one, on a three-node cluster with three
// replicas, until the queue is drained: every article is stored once and
// no event twice.
func TestWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	const n = 1500
	in := writeCorpus(t, t.TempDir(), n)
	ref := referenceFor(t, n)
	c := natstest.Start(t, 3)
	cfg := testConfig(c.URL, "KILLED", 3)
	js := connect(t, cfg)
	st, dsn := openStore(t)
	publish(t, js, cfg, in)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	spec, _ := json.Marshal(childSpec{URL: c.URL, Stream: cfg.Stream, DSN: dsn})
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	deadline := time.Now().Add(45 * time.Second)
	kills := 0
	for {
		cmd := exec.Command(exe, "-test.run=^TestWorkerChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), childEnv+"="+string(spec))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		// After five kills the last worker is left to finish.
		wait := time.Duration(2000+rng.IntN(1500)) * time.Millisecond
		if kills >= 5 {
			wait = time.Until(deadline)
		}
		stopAt := time.After(wait)
		drained := false
	watch:
		for {
			select {
			case <-stopAt:
				break watch
			case err := <-done:
				t.Fatalf("worker process ended by itself: %v", err)
			case <-time.After(200 * time.Millisecond):
				if s, err := queue.Status(context.Background(), js, cfg); err == nil && s.Left == 0 {
					drained = true
					break watch
				}
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		<-done
		if drained {
			break
		}
		kills++
		left, _ := queue.Status(context.Background(), js, cfg)
		t.Logf("kill %d after %v: %d left, %d in flight", kills, wait, left.Left, left.InFlight)
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained after %d kills", kills)
		}
	}
	if kills < 3 {
		t.Errorf("only %d kills before the queue drained; the test needs more articles", kills)
	}
	checkStored(t, st, ref, 0)
}

// TestNodeRestart stops the JetStream node that leads the stream, of a
// three-node cluster with three replicas, while two workers code and a
// publisher publishes, and starts it again two seconds later: every
// article is stored once and no event twice.
func TestNodeRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	const n = 1000
	in := writeCorpus(t, t.TempDir(), n)
	ref := referenceFor(t, n)
	c := natstest.Start(t, 3)
	cfg := testConfig(c.URL, "RESTART", 3)
	js := connect(t, cfg)
	st, _ := openStore(t)
	if _, err := queue.Ensure(context.Background(), js, cfg); err != nil {
		t.Fatal(err)
	}
	w1, stop1 := startWorker(t, js, st, cfg, queue.WorkerOptions{})
	w2, stop2 := startWorker(t, js, st, cfg, queue.WorkerOptions{})
	var pub sync.WaitGroup
	pub.Go(func() {
		sum, err := queue.Publish(context.Background(), js, cfg, []string{in}, queue.PublishOptions{Pipeline: sharedPipeline(t)})
		if err != nil || sum.Failed > 0 {
			t.Errorf("publish: %s, %v: %q", sum, err, sum.Failures)
		}
	})
	// Stop the stream leader once a fifth of the articles are coded.
	deadline := time.Now().Add(30 * time.Second)
	for w1.Metrics().Processed.Load()+w2.Metrics().Processed.Load() < n/5 {
		if time.Now().After(deadline) {
			t.Fatal("workers did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	info := streamLeader(t, js, cfg)
	leader, err := strconv.Atoi(strings.TrimPrefix(info, "n"))
	if err != nil {
		t.Fatalf("stream leader %q", info)
	}
	t.Logf("stopping node %s, the stream leader, after %d articles", info, w1.Metrics().Processed.Load()+w2.Metrics().Processed.Load())
	c.Stop(leader - 1)
	time.Sleep(2 * time.Second)
	c.Restart(leader - 1)
	c.WaitLeader()
	pub.Wait()
	drain(t, js, cfg, 40*time.Second)
	stop1()
	stop2()
	t.Logf("redeliveries %d + %d", w1.Metrics().Redeliveries.Load(), w2.Metrics().Redeliveries.Load())
	checkStored(t, st, ref, 0)
}

// streamLeader returns the name of the server leading cfg's stream.
func streamLeader(t *testing.T, js jetstream.JetStream, cfg queue.Config) string {
	t.Helper()
	s, err := js.Stream(context.Background(), cfg.Stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if info.Cluster == nil {
		t.Fatal("stream info without cluster")
	}
	return info.Cluster.Leader
}
