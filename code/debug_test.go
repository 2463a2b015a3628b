package code

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugParse prints how the coder reads the sentences of DEBUG_TEXT
// (DEBUG_LANG fa or en): clauses, phrases, mentions and triggers. It is a
// tool for looking, not a test, and skips unless DEBUG_TEXT is set.
func TestDebugParse(t *testing.T) {
	body := os.Getenv("DEBUG_TEXT")
	if body == "" {
		t.Skip("set DEBUG_TEXT to a text to look at")
	}
	lang := os.Getenv("DEBUG_LANG")
	if lang == "" {
		lang = "fa"
	}
	date := os.Getenv("DEBUG_DATE")
	if _, err := os.Stat(body); err == nil {
		a := readArticle(t, body)
		body, date = a.Body, a.Date
		if strings.HasSuffix(os.Getenv("DEBUG_TEXT"), ".eng.txt") {
			lang = "en"
		}
	}
	_, coder := setup(t)
	in := makeInput(t, lang, date, body)
	v := newView(&in)
	fmt.Println("home:", v.home)
	for i := range v.sents {
		s := &v.sents[i]
		ms := coder.trig.Match(v.code, s.keys)
		p := newParse(s, v.lang, lang == "fa", ms)
		fmt.Printf("[%d] question=%v cond=%d\n", i, p.question, p.condFrom)
		for ci, c := range p.clauses {
			var b strings.Builder
			for t := c.first; t <= c.last && t < len(s.toks); t++ {
				tk := s.toks[t]
				w := in.Doc.Norm[tk.Start:tk.End]
				switch {
				case p.trigAt[t] >= 0:
					w = "<" + w + ">"
				case p.segOf[t] >= 0:
					sg := p.segs[p.segOf[t]]
					if t == sg.first {
						pl := sg.place
						if sg.object {
							pl += "+obj"
						}
						w = "[" + pl + ":" + w
					}
					if t == sg.last {
						w += "]"
					}
				}
				if mi := s.inMention[t]; mi >= 0 && s.ments[mi].first == t {
					w = "{" + s.ments[mi].ent.Country + "}" + w
				}
				b.WriteString(w + " ")
			}
			fmt.Printf("   c%d: %s\n", ci, b.String())
		}
		for _, m := range ms {
			fmt.Printf("   trigger %s %s neg=%v fut=%v subj=%v pass=%v noun=%v args=%v/%v\n", m.Entry.ID, m.Entry.Type, m.Negated, m.Future, m.Subjunctive, m.Passive, m.Noun, m.Entry.Actor, m.Entry.Recipient)
		}
	}
	for _, e := range coder.Code(in) {
		fmt.Printf("EVENT %s %s→%s %s date=%s sent=%d mentions=%v trig=%q conf=%.2f ctx=%v mode=%s\n", e.Type, codes(e.Actor), codes(e.Recipient), e.CAMEO, e.Date, e.Sentence, e.Mentions, e.Trigger, e.Confidence, e.Context, e.Mode)
	}
}
