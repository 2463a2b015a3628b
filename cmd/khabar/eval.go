package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"khabar/article"
	"khabar/eval/gold"
	"khabar/pipeline"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure khabar against gold data",
		Long: `eval measures khabar against annotated data. Each subcommand reads a
development or test set and prints its scores; none of them changes
anything.`,
	}
	cmd.AddCommand(newEvalGoldCmd(), newEvalZWNJCmd(), newEvalNERCmd())
	return cmd
}

func newEvalGoldCmd() *cobra.Command {
	var (
		lang     string
		explain  bool
		asJSON   bool
		lexicons []string
	)
	cmd := &cobra.Command{
		Use:   "gold DIR",
		Short: "Score extraction against the gold files of an evaluation set",
		Long: `gold extracts every article file <id>.<lang>.txt in DIR that has an
<id>.gold.json beside it and scores it as ../shared/eval/FORMAT.md says:
events (type and unordered actor pair), dyads (the pair alone), dates at
the gold's precision, entities, amounts and quotes, compared as sets per
article and summed over articles. It prints F1 per language (prs, fas,
eng) and, with --explain, what each article missed and got wrong.`,
		Example: `  khabar eval gold ../shared/eval/dev
  khabar eval gold --lang prs --explain ../shared/eval/dev`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cases, err := gold.Cases(args[0], lang)
			if err != nil {
				return err
			}
			p, err := newPipeline(lexicons)
			if err != nil {
				return err
			}
			predict := func(path string) (*gold.Prediction, error) {
				return predictFile(cmd, p, path)
			}
			rep, err := gold.Evaluate(cases, predict)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(rep.ByLang())
			}
			rep.WriteSummary(out)
			if explain {
				fmt.Fprintln(out)
				rep.WriteExplain(out)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "", "score one language only: prs, fas or eng")
	cmd.Flags().BoolVar(&explain, "explain", false, "list, per article, what was missed and what was wrong")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores per language as JSON")
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files, read after the built-in one; repeatable")
	return cmd
}

// predictFile extracts the one article of path and returns the scored part
// of its output, read back from the contract's JSON.
func predictFile(cmd *cobra.Command, p *pipeline.Pipeline, path string) (*gold.Prediction, error) {
	a, err := article.ReadFile(path, article.DefaultOptions())
	if err != nil && a.Body == "" {
		return nil, err
	}
	res, err := p.Extract(cmd.Context(), a)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(res)
	if err != nil {
		return nil, err
	}
	var pred gold.Prediction
	if err := json.Unmarshal(b, &pred); err != nil {
		return nil, err
	}
	return &pred, nil
}
