package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"khabar/article"
	"khabar/pipeline"
)

func newExtractCmd() *cobra.Command {
	var (
		tokens   bool
		maxLine  int
		lexicons []string
	)
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|-]...",
		Short: "Print what khabar finds in articles, one JSON object per line",
		Long: `extract reads articles and prints, for each, one JSON object on one line
(JSON Lines), in input order, in the shape given by the output contract
(khabar_version 1): the article (id, source, date, lang, variant, title,
body), its sentences as byte offsets into the body, with repeated
sentences marked duplicate_of, its entities (people, organisations,
places and named events, linked to the actor lexicon, every mention of one
actor sharing one id), its amounts, its events (PLOVER type, mode and
context, actors and recipients, CAMEO code, Goldstein score, quad code,
date, trigger and sentence) and its quotes with their speakers.

With no argument, or with -, it reads standard input. Folders are read
recursively: .txt files in the dated text or plain format, .jsonl and
.ndjson files as JSON Lines, and saved web pages (.html), RSS and Atom
feeds (.xml, .rss, .atom) and WARC archives (.warc, .warc.gz), each
recognised by its content. An article in a language khabar does not code
(Pashto, Arabic, …) is printed with its language and "coded": false, and
no entities, amounts, events or quotes. Records that cannot be read are reported on
standard error as FILE:LINE: reason; the others are printed, and the exit
status is 1 at the end if any failed.`,
		Example: `  khabar extract examples/
  khabar extract --tokens article.txt | jq .sentences
  cat feed.jsonl | khabar extract -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			cfg := pipeline.DefaultConfig()
			cfg.Tokens = tokens
			cfg.LexiconDirs = lexicons
			p, err := pipeline.New(cfg)
			if err != nil {
				return err
			}
			opts := article.DefaultOptions()
			if maxLine > 0 {
				opts.MaxLineBytes = maxLine
			}
			opts.Stdin = cmd.InOrStdin()
			if err := opts.Validate(); err != nil {
				return usageError{err}
			}
			return runExtract(cmd, p, args, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVar(&tokens, "tokens", false, "include every token's offsets and kind")
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files (lexicon/FORMAT.md), read after the built-in one; repeatable")
	cmd.Flags().IntVar(&maxLine, "max-line-bytes", 0, "longest JSON line or text line to read; longer ones are reported and skipped (default 16 MiB)")
	return cmd
}

// runExtract extracts every article of paths and writes one JSON line each.
func runExtract(cmd *cobra.Command, p *pipeline.Pipeline, paths []string, opts article.Options, stdout, stderr io.Writer) error {
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	var line []byte
	failed := 0
	prog := newProgress(stderr)
	batch := article.NewBatch(opts)
	for a, err := range batch.Read(cmd.Context(), paths) {
		if err != nil {
			failed++
			prog.add(true)
			prog.clear()
			fmt.Fprintln(stderr, err)
			continue
		}
		res, err := p.Extract(cmd.Context(), a)
		if err != nil {
			failed++
			prog.add(true)
			prog.clear()
			fmt.Fprintf(stderr, "%s:%d: %v\n", a.Source, a.Line, err)
			continue
		}
		prog.add(false)
		line, err = res.AppendJSON(line[:0])
		if err != nil {
			return fmt.Errorf("%s:%d: writing output: %w", a.Source, a.Line, err)
		}
		if _, err := out.Write(line); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	prog.finish()
	if failed > 0 || prog.on {
		fmt.Fprintf(stderr, "khabar: %s\n", batch.Stats())
	}
	if failed > 0 {
		return errBatch
	}
	return nil
}
