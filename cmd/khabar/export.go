package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"khabar/store"
	_ "khabar/store/drivers"
)

func newExportCmd() *cobra.Command {
	var (
		f      eventFilterFlags
		q      string
		format string
		output string
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the stored events as PLOVER JSON Lines, a GDELT 2.0 table or CSV",
		Long: `export writes every stored event that the filters keep (all of them by
default), newest first, in one of three formats:

  plover  JSON Lines, one event per line, with PLOVER's field names
          (event_type, mode, actor, recipient, event_text, …);
  gdelt   a tab-separated table with the 61 columns of a GDELT 2.0 event
          file, in GDELT's order, under a header line with GDELT's names;
          the columns khabar cannot fill (geography, tone, religion and
          ethnic codes) are empty;
  csv     comma-separated, with a header line.`,
		Example: `  khabar export --format plover -o events.jsonl
  khabar export --format gdelt --actor KAZ --from 2025-01-01 > kaz.tsv
  khabar export --format csv --type AGREE`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			write, ok := exporters[format]
			if !ok {
				return usageError{fmt.Errorf("--format %q: want plover, gdelt or csv", format)}
			}
			eq := f.eventQuery(q)
			eq.Limit = store.MaxLimit
			if err := eq.Validate(); err != nil {
				return usageError{err}
			}
			st, err := store.Open(cmd.Context(), f.dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			var w io.Writer = cmd.OutOrStdout()
			if output != "" && output != "-" {
				file, err := os.Create(output)
				if err != nil {
					return err
				}
				defer file.Close()
				w = file
			}
			out := bufio.NewWriterSize(w, 64<<10)
			n, err := exportEvents(cmd.Context(), st, eq, write(out))
			if err != nil {
				return queryErr(err)
			}
			if err := out.Flush(); err != nil {
				return fmt.Errorf("writing %s: %w", output, err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "khabar: exported %d events as %s\n", n, format)
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&q, "q", "", "keep events reported in articles that hold these words")
	cmd.Flags().StringVar(&format, "format", "plover", "plover, gdelt or csv")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

// exportEvents walks every page of the query and writes each event; it
// returns how many were written.
func exportEvents(ctx context.Context, st store.Store, q store.EventQuery, write func(*store.EventRow) error) (int, error) {
	n := 0
	for {
		page, err := st.Events(ctx, q)
		if err != nil {
			return n, err
		}
		for i := range page.Items {
			if err := write(&page.Items[i]); err != nil {
				return n, err
			}
			n++
		}
		if page.Next == "" {
			return n, write(nil)
		}
		q.Cursor = page.Next
	}
}
