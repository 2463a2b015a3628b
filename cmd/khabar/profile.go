package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// cpuProfile writes a CPU profile of the whole run to a file, for a user
// who finds a run slow and wants to say where the time went
// (go tool pprof FILE).
type cpuProfile struct {
	path string
	file *os.File
}

func (p *cpuProfile) addFlag(root *cobra.Command) {
	root.PersistentFlags().StringVar(&p.path, "cpuprofile", "", "write a CPU profile of the run to `FILE` (read it with go tool pprof)")
}

// start begins profiling when --cpuprofile was given.
func (p *cpuProfile) start() error {
	if p.path == "" || p.file != nil {
		return nil
	}
	f, err := os.Create(p.path)
	if err != nil {
		return fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--cpuprofile %s: %w", p.path, err)
	}
	p.file = f
	return nil
}

// stop ends profiling and closes the file; it reports a file that could
// not be written.
func (p *cpuProfile) stop() {
	if p.file == nil {
		return
	}
	pprof.StopCPUProfile()
	if err := p.file.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "khabar: --cpuprofile:", err)
	}
	p.file = nil
}
