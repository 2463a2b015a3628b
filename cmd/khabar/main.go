// Command khabar turns news articles in Dari, Iranian Persian and English
// into event data. Run `khabar help` for the subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"khabar/pipeline"
	"khabar/store"
)

// errBatch marks a run that finished its batch but met bad records; the
// records were reported as they came, so main only sets the exit code.
var errBatch = errors.New("some records could not be read")

func newRootCmd() *cobra.Command {
	return newRootCmdWith(&cpuProfile{})
}

func newRootCmdWith(prof *cpuProfile) *cobra.Command {
	root := &cobra.Command{
		Use:   "khabar",
		Short: "Turn Persian and English news into dated, sourced event data",
		Long: `khabar reads news articles — Dari (fa-AF), Iranian Persian (fa-IR) and
English — and turns them into event data: who did what to whom, when,
where, for how much, and who said so, every fact pointing back to the
bytes of the sentence it came from.

Inputs are files, folders (read recursively) or - for standard input, in
the dated text format (a first line "date YYYY-MM-DD <text>"), plain text,
or JSON Lines (one {"id","date","title","text","url","lang"} per line).
A bad record is reported with its file and line and the rest of the batch
goes on; the exit status is 1 when any record failed.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(*cobra.Command, []string) error {
			return prof.start()
		},
	}
	prof.addFlag(root)
	root.AddCommand(newExtractCmd(), newNormalizeCmd(), newTagCmd(), newEvalCmd())
	root.AddCommand(newServeCmd(), newDemoCmd())
	root.AddCommand(newIngestCmd(), newSearchCmd(), newEventsCmd(), newExportCmd())
	root.AddCommand(newWorkerCmd())
	root.AddCommand(newWatchCmd())
	return root
}

func main() {
	prof := &cpuProfile{}
	root := newRootCmdWith(prof)
	err := root.Execute()
	prof.stop()
	if err != nil {
		if !errors.Is(err, errBatch) {
			fmt.Fprintln(os.Stderr, "khabar:", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitCode is 1 for a batch with failed records or a failed run, 2 for a
// command line that could not be understood.
func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

// usageError is a command line that could not be understood.
type usageError struct{ error }

func (u usageError) Unwrap() error { return u.error }

// newPipeline loads the default pipeline with the user's lexicon
// directories (--lexicon) read after the built-in ones.
func newPipeline(lexicons []string) (*pipeline.Pipeline, error) {
	cfg := pipeline.DefaultConfig()
	cfg.LexiconDirs = lexicons
	return pipeline.New(cfg)
}

// openPipelineStore loads the pipeline (with the user's lexicon
// directories) and opens the store at dsn, for the commands that extract
// and store.
func openPipelineStore(ctx context.Context, lexicons []string, dsn string) (*pipeline.Pipeline, store.Store, error) {
	p, err := newPipeline(lexicons)
	if err != nil {
		return nil, nil, err
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	return p, st, nil
}
