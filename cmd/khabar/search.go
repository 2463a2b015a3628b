package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"khabar/store"
	_ "khabar/store/drivers"
)

func newSearchCmd() *cobra.Command {
	var f eventFilterFlags
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Find stored articles by their text",
		Long: `search finds the stored articles that hold every word of QUERY, newest
first. Persian is folded as the pipeline folds it: half-spaces, ي/ی, ك/ک,
hamza forms and digit scripts do not matter, and words written together
or apart find each other (رئیسجمهور, رئیس جمهور and رئیس‌جمهور are one).
The filters keep articles by date, language, and the actors and types of
their events.`,
		Example: `  khabar search 'رئیس جمهور'
  khabar search --db news.db --lang fa --from 2025-01-01 تنگستن
  khabar search --actor KAZ --type AGREE tungsten --json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := store.SearchQuery{Q: strings.Join(args, " "), Actor: f.actor, Type: f.typ, From: f.from, To: f.to, Lang: f.lang, Limit: f.limit}
			if err := q.Validate(); err != nil {
				return usageError{err}
			}
			return printPage(cmd, f.dsn, f.jsonOut, "articles",
				func(st store.Store) (store.Page[store.SearchHit], error) { return st.Search(cmd.Context(), q) },
				"",
				func(out *bufio.Writer, h store.SearchHit) {
					title := h.Title
					if title == "" {
						title = "(no title)"
					}
					fmt.Fprintf(out, "%s\t%s\t%s\t%s\n\t%s\n", h.Date, h.Lang, h.ID, title, strings.ReplaceAll(h.Snippet, "\n", " "))
				})
		},
	}
	f.add(cmd, false)
	cmd.Flags().IntVar(&f.limit, "limit", 20, fmt.Sprintf("most articles to print (at most %d)", store.MaxLimit))
	cmd.Flags().BoolVar(&f.jsonOut, "json", false, `print one JSON object {"items","next","total"}`)
	return cmd
}

// queryErr marks a store's refusal of a query as a usage error.
func queryErr(err error) error {
	if errors.Is(err, store.ErrInvalid) {
		return usageError{err}
	}
	return err
}

// printPage opens the store at dsn, runs query, and prints the page: as
// one JSON object with jsonOut, else a header line (if any) and a line
// per item, then "N of TOTAL what" on standard error.
func printPage[T any](cmd *cobra.Command, dsn string, jsonOut bool, what string,
	query func(store.Store) (store.Page[T], error), header string, line func(*bufio.Writer, T)) error {
	st, err := store.Open(cmd.Context(), dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	page, err := query(st)
	if err != nil {
		return queryErr(err)
	}
	out := bufio.NewWriter(cmd.OutOrStdout())
	defer out.Flush()
	if jsonOut {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		return enc.Encode(page)
	}
	if header != "" {
		fmt.Fprintln(out, header)
	}
	for _, it := range page.Items {
		line(out, it)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "khabar: %d of %s %s\n", len(page.Items), totalText(page.Total, page.TotalCapped), what)
	return out.Flush()
}
