package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"khabar/eval/zwnjeval"
	"khabar/lexicon"
	"khabar/pipeline"
	"khabar/text/fa"
)

func newEvalZWNJCmd() *cobra.Command {
	var (
		asJSON   bool
		mismatch int
	)
	cmd := &cobra.Command{
		Use:   "zwnj FILE.conllu",
		Short: "Score half-space (ZWNJ) restoration on a treebank",
		Long: `zwnj takes the "# text =" lines of a CoNLL-U treebank as gold, makes two
inputs from each (every ZWNJ deleted; every ZWNJ replaced by a space), runs
the normalizer that khabar normalize runs on both, and compares the
boundaries between letters: precision, recall and F1 of ZWNJ boundaries,
and the share of boundaries without a ZWNJ in the gold that the output
changed.`,
		Example: `  khabar eval zwnj ../shared/eval/zwnj/fa_perdt-ud-dev.conllu`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			lex, err := lexicon.Load()
			if err != nil {
				return err
			}
			n := pipeline.PersianNormalizer(fa.DefaultOptions(), lex)
			out := cmd.OutOrStdout()
			shown := 0
			onMismatch := func(in zwnjeval.Input, m zwnjeval.Mismatch) {
				if shown < mismatch {
					shown++
					fmt.Fprintf(out, "%s\t%s\twant %s got %s\n", in, m.Word, m.Want, m.Got)
				}
			}
			rep, err := zwnjeval.EvaluateFunc(f, n.String, onMismatch)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			fmt.Fprint(out, rep)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().IntVar(&mismatch, "mismatches", 0, "also print up to N boundaries the output got wrong")
	return cmd
}
