package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"khabar/lexicon"
	"khabar/pipeline"
	"khabar/text/fa"
)

func newNormalizeCmd() *cobra.Command {
	var (
		opts     = fa.DefaultOptions()
		noZWNJ   bool
		noSp     bool
		fold     bool
		noLex    bool
		lexicons []string
	)
	cmd := &cobra.Command{
		Use:   "normalize",
		Short: "Normalize Persian text from standard input, line by line",
		Long: `normalize reads Persian text (Dari or Iranian) on standard input and writes
it normalized, one output line per input line: Arabic letters unified to
Persian (ي ك → ی ک, ۀ → هٔ), presentation forms, tatweel and invisible marks
removed, diacritics dropped, spacing around punctuation fixed without ever
breaking a number, and half-spaces (ZWNJ) restored from the embedded Lilak
lexicon where they were deleted (میکنیم → می‌کنیم) or typed as a space
(می کنیم → می‌کنیم), the names of the actor lexicon kept whole. Digits keep
their script.

It streams: memory does not grow with the input. A line longer than 1 MiB
is normalized in pieces cut at spaces.`,
		Example: `  echo 'مقامهای قزاقستان میکنند' | khabar normalize
  khabar normalize --fold < article.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ZWNJ = !noZWNJ
			opts.Spacing = !noSp
			var lex *lexicon.Lexicon
			if !noLex {
				var err error
				if lex, err = lexicon.Load(lexicons...); err != nil {
					return err
				}
			}
			n := pipeline.PersianNormalizer(opts, lex)
			conv := n.String
			if fold {
				conv = func(s string) string { return fa.Fold(n.String(s)) }
			}
			return normalizeStream(cmd.InOrStdin(), cmd.OutOrStdout(), conv)
		},
	}
	cmd.Flags().BoolVar(&opts.KeepDiacritics, "keep-diacritics", false, "keep short-vowel marks")
	cmd.Flags().BoolVar(&noZWNJ, "no-zwnj", false, "do not restore half-spaces")
	cmd.Flags().BoolVar(&noSp, "no-spacing", false, "do not fix spacing around punctuation")
	cmd.Flags().BoolVar(&noLex, "no-lexicon", false, "do not read the actor lexicon's names (they are kept whole by the half-space restorer)")
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files; repeatable")
	cmd.Flags().BoolVar(&fold, "fold", false, "write the matching form: digits in ASCII, no half-spaces, hamza and madda folded")
	return cmd
}

// maxPiece is the longest stretch normalized at once; longer lines are cut
// at a space.
const maxPiece = 1 << 20

// normalizeStream normalizes r line by line into w. A line longer than
// maxPiece is cut at its last space before the limit; the pieces are
// normalized apart and joined by one space, so memory stays flat.
func normalizeStream(r io.Reader, w io.Writer, conv func(string) string) error {
	in := bufio.NewReaderSize(r, maxPiece)
	out := bufio.NewWriterSize(w, 64<<10)
	defer out.Flush()
	var line []byte // the current line, or the unwritten tail of a long one
	lineNo := 1
	for {
		piece, err := in.ReadSlice('\n')
		line = append(line, piece...)
		for len(line) > maxPiece {
			cut := bytes.LastIndexByte(line[:maxPiece], ' ')
			if cut <= 0 {
				cut = maxPiece
				for cut > 0 && !utf8.RuneStart(line[cut]) {
					cut--
				}
			}
			if _, werr := out.WriteString(conv(string(line[:cut]))); werr != nil {
				return werr
			}
			if line[cut] == ' ' {
				out.WriteByte(' ')
				cut++
			}
			line = line[:copy(line, line[cut:])]
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if len(line) > 0 {
			text, nl := line, false
			if text[len(text)-1] == '\n' {
				text, nl = text[:len(text)-1], true
			}
			if _, werr := out.WriteString(conv(string(text))); werr != nil {
				return werr
			}
			if nl {
				out.WriteByte('\n')
				lineNo++
			}
			line = line[:0]
		}
		if err == io.EOF {
			return out.Flush()
		}
		if err != nil {
			return fmt.Errorf("reading standard input at line %d: %w", lineNo, err)
		}
	}
}
