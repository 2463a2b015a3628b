package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"khabar/pipeline"
	"khabar/store"
	_ "khabar/store/drivers"
)

func newEventsCmd() *cobra.Command {
	var (
		f eventFilterFlags
		q string
	)
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List stored events by actor, recipient, type, date and language",
		Long: `events lists the stored events, newest first. An event reported by
several articles is printed once, with the number of articles that
report it (mentions).`,
		Example: `  khabar events --actor KAZ --type AGREE --from 2025-01-01
  khabar events --db news.db --recipient AFG --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			eq := f.eventQuery(q)
			if err := eq.Validate(); err != nil {
				return usageError{err}
			}
			return printPage(cmd, f.dsn, f.jsonOut, "events",
				func(st store.Store) (store.Page[store.EventRow], error) { return st.Events(cmd.Context(), eq) },
				"date\ttype\tcameo\tactor\trecipient\tmentions\ttrigger",
				func(out *bufio.Writer, e store.EventRow) {
					fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", e.Date, e.Type, e.CAMEO, partyCodes(e.Actor), partyCodes(e.Recipient), e.Mentions, e.Trigger)
				})
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&q, "q", "", "keep events reported in articles that hold these words")
	cmd.Flags().IntVar(&f.limit, "limit", 50, fmt.Sprintf("most events to print (at most %d)", store.MaxLimit))
	cmd.Flags().BoolVar(&f.jsonOut, "json", false, `print one JSON object {"items","next","total"}`)
	return cmd
}

// partyCodes joins the codes of parties with ";".
func partyCodes(ps []pipeline.Party) string {
	c := make([]string, len(ps))
	for i, p := range ps {
		c[i] = p.Code
	}
	return strings.Join(c, ";")
}
