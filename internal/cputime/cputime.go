// Package cputime reports what benchmarks cost in CPU time, so that their
// throughput means something on a busy machine, where wall time says
// little.
package cputime

import (
	"syscall"
	"testing"
	"time"
)

// Now returns the CPU time the process has used (user and system), or 0
// where the system cannot say.
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report reports, for the b.N operations run since start (a Now), the CPU
// time per operation and, when bytes (per operation) is above zero, the
// megabytes processed per CPU second.
func Report(b *testing.B, start time.Duration, bytes int) {
	used := Now() - start
	if used <= 0 {
		return
	}
	if bytes > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
	b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
}
