package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"khabar/eval/ner"
	"khabar/pipeline"
)

func newTagCmd() *cobra.Command {
	var (
		lang     string
		lexicons []string
	)
	cmd := &cobra.Command{
		Use:   "tag",
		Short: "Tag tokens with named-entity BIO tags (PER, ORG, LOC)",
		Long: `tag reads one token per line on standard input, a blank line between
sentences (a tag after "|" or a tab is ignored, so tagged data can be fed
as it is), and prints token<TAB>TAG with BIO tags B-PER, I-PER, B-ORG,
I-ORG, B-LOC, I-LOC or O, so that khabar can be scored on the standard
Persian NER sets.`,
		Example: `  cut -d'|' -f1 peyma-dev.txt | khabar tag > tagged.tsv`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := newPipeline(lexicons)
			if err != nil {
				return err
			}
			sents, err := ner.Read(cmd.InOrStdin())
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			for i, s := range sents {
				if i > 0 {
					out.WriteByte('\n')
				}
				for j, tag := range p.Tag(s.Tokens, lang) {
					fmt.Fprintf(out, "%s\t%s\n", s.Tokens[j], tag)
				}
			}
			return out.Flush()
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "fa", "the tokens' language: fa or en")
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files; repeatable")
	return cmd
}

func newEvalNERCmd() *cobra.Command {
	var lang string
	cmd := &cobra.Command{
		Use:   "ner FILE",
		Short: "Score entity tagging on token|TAG data (PEYMA) by exact-span F1",
		Long: `ner reads token-per-line data with gold BIO tags (PEYMA's token|TAG with
B_PER-style tags, or token<TAB>TAG), tags the tokens as khabar tag does, and
prints precision, recall and exact-span F1 for PER, ORG and LOC and for the
three together. Other gold types (dates, money, percent) are not scored.`,
		Example: `  khabar eval ner ../shared/eval/ner/peyma-dev.txt`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			return evalNER(cmd.OutOrStdout(), f, lang)
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "fa", "the tokens' language")
	return cmd
}

func evalNER(w io.Writer, r io.Reader, lang string) error {
	sents, err := ner.Read(r)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.DefaultConfig())
	if err != nil {
		return err
	}
	gold := make([][]string, len(sents))
	pred := make([][]string, len(sents))
	tokens := 0
	for i, s := range sents {
		gold[i] = s.Tags
		pred[i] = p.Tag(s.Tokens, lang)
		tokens += len(s.Tokens)
	}
	fmt.Fprintf(w, "%d sentences, %d tokens\n", len(sents), tokens)
	ner.Write(w, ner.Score(gold, pred, []string{"PER", "ORG", "LOC"}))
	return nil
}
