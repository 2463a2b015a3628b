package ingest_test

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"khabar/ingest"
	"khabar/store"
	"khabar/store/sqlite"
)

// crashEnv names the database and input of a child ingest.
const crashEnv = "KHABAR_CRASH_CHILD"

// TestCrashChild is the child process of TestCrashSafety: it ingests and
// is killed at some moment.
func TestCrashChild(t *testing.T) {
	spec := os.Getenv(crashEnv)
	if spec == "" {
		t.Skip("only run as a child of TestCrashSafety")
	}
	db, in := filepath.Join(spec, "k.db"), filepath.Join(spec, "gen.jsonl")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Run(context.Background(), st, []string{in}, ingest.Options{Workers: 2, BatchSize: 8, Pipeline: sharedPipeline(t)}); err != nil {
		t.Fatal(err)
	}
}

// TestCrashSafety kills an ingest with SIGKILL at random moments ten
// times, finishes it, and checks that nothing is lost or doubled.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	const n = 1500
	in := writeCorpus(t, dir, n)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for i := range 10 {
		cmd := exec.Command(exe, "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Loading the lexicons takes a few hundred milliseconds; kill
		// before, during and after the first commits.
		wait := time.Duration(200+rng.IntN(1300)) * time.Millisecond
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(wait):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			t.Logf("kill %d after %v", i+1, wait)
		case err := <-done:
			t.Logf("run %d finished before the kill at %v (%v)", i+1, wait, err)
		}
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before, _ := st.Stats(ctx)
	p := sharedPipeline(t)
	sum, err := ingest.Run(ctx, st, []string{in}, ingest.Options{Workers: 2, Pipeline: p})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("after the kills %d articles were stored; the last run: %s", before.Articles, sum)
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := distinctIDs(t, p, in); stats.Articles != want {
		t.Errorf("%d articles stored, want the %d distinct ones", stats.Articles, want)
	}
	if err := sqlite.IntegrityCheck(ctx, st); err != nil {
		t.Error(err)
	}
	// No event doubled: each event's mention count is the number of
	// distinct articles that report it, and every report belongs to a
	// stored article.
	checker, ok := store.Store(st).(interface{ CheckConsistency(context.Context) error })
	if !ok {
		t.Fatalf("%T has no CheckConsistency", st)
	}
	if err := checker.CheckConsistency(ctx); err != nil {
		t.Error(err)
	}
	// The same input ingested in one go gives the same counts.
	clean, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "clean.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer clean.Close()
	if _, err := ingest.Run(ctx, clean, []string{in}, ingest.Options{Workers: 2, Pipeline: p}); err != nil {
		t.Fatal(err)
	}
	want, _ := clean.Stats(ctx)
	if stats.Articles != want.Articles || stats.Events != want.Events || stats.EventReports != want.EventReports || stats.Sentences != want.Sentences {
		t.Errorf("after kills: %+v\nin one go:   %+v", stats, want)
	}
}
