package zwnjeval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"khabar/lexicon"
	"khabar/text/fa/zwnj"
)

// lexiconNames returns the distinct Persian names of khabar's actor
// lexicon (names, adjectives and metonyms in Arabic script), as written.
func lexiconNames(tb testing.TB) []string {
	lx, err := lexicon.Load()
	if lx == nil {
		tb.Fatalf("load lexicon: %v", err)
	}
	seen := map[string]bool{}
	var names []string
	for _, e := range lx.Entries() {
		all := append(append(e.AllNames(), e.Adj...), e.Metonym...)
		for _, n := range all {
			if !isArabicScript(n) || seen[n] {
				continue
			}
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

func isArabicScript(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// nameChanges counts the names whose restored form differs from the name
// as written: inserted names got a half-space or lost a space the name
// does not have; missed names lack a half-space the name has (a name may
// be both).
type nameChanges struct {
	names, changed, inserted, missed int
	list                             []string
}

// measureNames restores each name from its damaged form (its half-spaces
// deleted, or typed as spaces) and compares it with the name as written.
func measureNames(r *zwnj.Restorer, names []string, in Input) nameChanges {
	nc := nameChanges{names: len(names)}
	for _, n := range names {
		got := r.String(Damage(n, in))
		if got == n {
			continue
		}
		nc.changed++
		ins, mis := compareSpacing(n, got)
		if ins {
			nc.inserted++
		}
		if mis {
			nc.missed++
		}
		nc.list = append(nc.list, n+" → "+got)
	}
	return nc
}

// compareSpacing compares the boundaries of two spellings of the same
// letters: inserted when got has a half-space or a join where want has
// neither, missed when want has a half-space that got lacks.
func compareSpacing(want, got string) (inserted, missed bool) {
	wc, wb := chars(want)
	gc, gb := chars(got)
	if len(wc) != len(gc) {
		return true, true
	}
	for i := 1; i < len(wc); i++ {
		switch {
		case wb[i] == gb[i]:
		case wb[i] == ZWNJ:
			missed = true
		default:
			inserted = true
		}
	}
	return inserted, missed
}

func (nc nameChanges) String() string {
	return fmt.Sprintf("%d of %d changed (%d with a half-space or join inserted, %d with a half-space missed)",
		nc.changed, nc.names, nc.inserted, nc.missed)
}

// dump writes lines to $ZWNJEVAL_NAMES.name when that is set, for study.
func dump(t *testing.T, name string, lines []string) {
	if p := os.Getenv("ZWNJEVAL_NAMES"); p != "" {
		if err := os.WriteFile(p+"."+name, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Error(err)
		}
	}
}

// maxNamesInsertedShare bounds the share of lexicon names into which the
// default restorer puts a half-space or a join: 65 of 4,062 (1.6%) when
// set, 104 (2.6%) before the rules for names. A guard against rules that
// cut names again.
const maxNamesInsertedShare = 0.02

// TestLexiconNames measures how many lexicon names the restorer changes,
// and checks that a restorer given the names (WithWords) changes none, with
// their half-spaces deleted or typed as spaces, but those the lexicon
// spells inconsistently (see lexiconSpellingIssues).
func TestLexiconNames(t *testing.T) {
	names := lexiconNames(t)
	def := measureNames(zwnj.Default(), names, Deleted)
	t.Logf("default restorer, half-spaces deleted: lexicon names %s", def)
	dump(t, "default", def.list)
	if share := float64(def.inserted) / float64(def.names); share > maxNamesInsertedShare {
		t.Errorf("default restorer cuts or joins %d of %d lexicon names (%.1f%%), want ≤ %.1f%%",
			def.inserted, def.names, 100*share, 100*maxNamesInsertedShare)
	}
	spaced := measureNames(zwnj.Default(), names, Spaced)
	t.Logf("default restorer, half-spaces typed as spaces: lexicon names %s", spaced)

	issues := lexiconSpellingIssues(names)
	for _, is := range issues {
		t.Logf("lexicon spelling issue: %s", is)
	}
	r := zwnj.Default().WithWords(names)
	with := measureNames(r, names, Deleted)
	t.Logf("with the names as words, half-spaces deleted: lexicon names %s", with)
	withSpaced := measureNames(r, names, Spaced)
	t.Logf("with the names as words, half-spaces typed as spaces: lexicon names %s", withSpaced)
	dump(t, "words-spaced", withSpaced.list)
	// The lexicon grows with every release: allow a few names (0.5%) the
	// restorer cannot give back, and list them, so that a rule that breaks
	// names wholesale still fails here.
	var failed []string
	for _, n := range names {
		if _, bad := issues[n]; bad {
			continue
		}
		for _, in := range []Input{Deleted, Spaced} {
			if got := r.String(Damage(n, in)); got != n {
				failed = append(failed, fmt.Sprintf("%s: %s → %s", in, n, got))
			}
		}
	}
	for _, f := range failed {
		t.Logf("with the names as words, %s", f)
	}
	if limit := len(names) / 200; len(failed) > limit {
		t.Errorf("with the names as words, %d names are not given back as written, want ≤ %d", len(failed), limit)
	}
}

// lexiconSpellingIssues returns the names that no restorer can give as
// written, with the reason: a half-space after a letter that does not join
// forward (تی‌آر‌تی: it shows nothing and is never written), or a word
// that another name spells with more half-spaces (اصولگرایان beside
// اصول‌گرایان: WithWords keeps the spelling with the most).
func lexiconSpellingIssues(names []string) map[string]string {
	issues := map[string]string{}
	best := map[string]string{} // a word's letters → its spelling with the most half-spaces
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			k := strings.ReplaceAll(w, zwnjS, "")
			if b, ok := best[k]; !ok || strings.Count(w, zwnjS) > strings.Count(b, zwnjS) {
				best[k] = w
			}
		}
	}
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			if i := invisibleZWNJ(w); i >= 0 {
				issues[n] = fmt.Sprintf("%s: half-space after a letter that does not join (%s)", n, w[:i])
			} else if b := best[strings.ReplaceAll(w, zwnjS, "")]; b != w {
				issues[n] = fmt.Sprintf("%s: %s is also written %s", n, w, b)
			}
		}
	}
	return issues
}

const zwnjS = "\u200c"

// invisibleZWNJ returns the byte index of a half-space in w that follows a
// letter that does not join the next one, or -1.
func invisibleZWNJ(w string) int {
	prev := rune(0)
	for i, r := range w {
		if r == '\u200c' && strings.ContainsRune("اآأإؤدذرزژوةۀء", prev) {
			return i
		}
		prev = r
	}
	return -1
}

// peymaPath is the PEYMA NER development set (evaluation only).
const peymaPath = "../../../shared/eval/ner/peyma-dev.txt"

// TestPeymaEntities measures, on names the rules were not written from,
// how many distinct PER, LOC and ORG entity spans of PEYMA the default
// restorer changes, restored alone from their ZWNJ-free form. PEYMA
// writes many half-spaces as spaces (راه آهن), so some changes are right.
func TestPeymaEntities(t *testing.T) {
	data, err := os.ReadFile(peymaPath)
	if err != nil {
		t.Skipf("PEYMA not available: %v", err)
	}
	seen := map[string]bool{}
	var spans, cur []string
	flush := func() {
		if s := strings.Join(cur, " "); s != "" && !seen[s] {
			seen[s] = true
			spans = append(spans, s)
		}
		cur = nil
	}
	for _, line := range strings.Split(string(data), "\n") {
		tok, tag, ok := strings.Cut(line, "|")
		typ := tag[min(2, len(tag)):]
		if !ok || strings.Contains(tok, " ") || typ != "PER" && typ != "LOC" && typ != "ORG" {
			flush()
			continue
		}
		if strings.HasPrefix(tag, "B_") {
			flush()
		}
		cur = append(cur, tok)
	}
	flush()
	sort.Strings(spans)
	nc := measureNames(zwnj.Default(), spans, Deleted)
	t.Logf("PEYMA entity spans: %s", nc)
	dump(t, "peyma", nc.list)
}
