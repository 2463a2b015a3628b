package pipeline

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time the process has used, so that benchmarks
// can report throughput per CPU second even on a busy machine, where wall
// time says little.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports bytes per CPU second and CPU time per operation since
// start.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	used := cpuTime() - start
	if used <= 0 {
		return
	}
	if bytes > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
	b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
}
