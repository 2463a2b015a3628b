package langid

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devDir holds the shared development articles: the same news in Dari
// (*.prs.txt), Iranian Persian (*.fas.txt) and English (*.eng.txt).
const devDir = "../../../shared/eval/dev"

// TestDevSet checks the language and variant of every development article
// and logs how many Dari and Iranian articles get their variant right. The
// articles are professional translations from English and some carry few
// markers, so an undecided variant is logged, not failed; a wrong language
// or the opposite variant fails. Each article is also read damaged (see
// damages): its language must not change nor its variant flip.
func TestDevSet(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no development articles in %s", devDir)
	}
	want := map[string]struct{ lang, variant string }{
		".prs.txt": {persian, Dari},
		".fas.txt": {persian, Iranian},
		".eng.txt": {english, ""},
	}
	right := map[string]int{}
	total := map[string]int{}
	for _, path := range files {
		ext := filepath.Ext(strings.TrimSuffix(path, ".txt")) + ".txt"
		w, ok := want[ext]
		if !ok {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := Detect(string(data))
		for _, damage := range damages {
			if d := Detect(damage.replacer.Replace(string(data))); d.Lang != r.Lang || d.Variant != r.Variant {
				t.Logf("%s with %s: %s/%s instead of %s/%s", filepath.Base(path), damage.name, d.Lang, d.Variant, r.Lang, r.Variant)
				if d.Lang != r.Lang || d.Variant != "" && r.Variant != "" {
					t.Errorf("%s with %s: %s/%s, but %s/%s as written", path, damage.name, d.Lang, d.Variant, r.Lang, r.Variant)
				}
			}
		}
		dari, iranian := r.Scores()
		t.Logf("%-36s lang=%s conf=%.2f variant=%-5s vconf=%.2f dari=%.1f iranian=%.1f %s",
			filepath.Base(path), r.Lang, r.Confidence, r.Variant, r.VariantConfidence, dari, iranian, evidenceString(r.Evidence))
		total[ext]++
		if r.Lang != w.lang {
			t.Errorf("%s: language %q, want %q", path, r.Lang, w.lang)
			continue
		}
		switch r.Variant {
		case w.variant:
			right[ext]++
		case "":
		default:
			t.Errorf("%s: variant %q, want %q", path, r.Variant, w.variant)
		}
	}
	for _, ext := range []string{".prs.txt", ".fas.txt", ".eng.txt"} {
		t.Logf("%s: %d of %d right", ext, right[ext], total[ext])
	}
}

// damages are the ways real text differs from clean text: half-spaces
// dropped or typed as spaces, Persian yeh and kaf typed as Arabic ones. The
// language must survive them and the variant must not flip.
var damages = []struct {
	name     string
	replacer *strings.Replacer
}{
	{"half-spaces dropped", strings.NewReplacer("\u200c", "")},
	{"half-spaces as spaces", strings.NewReplacer("\u200c", " ")},
	{"arabic yeh and kaf", strings.NewReplacer("ی", "ي", "ک", "ك")},
}

// evidenceString renders evidence compactly for logs.
func evidenceString(evidence []Evidence) string {
	var b strings.Builder
	for _, e := range evidence {
		b.WriteString(" ")
		b.WriteString(e.Marker)
		b.WriteString("/")
		b.WriteString(strings.TrimPrefix(e.Variant, "fa-"))
		if e.Count > 1 {
			b.WriteString("×")
			b.WriteString(string(rune('0' + min(e.Count, 9))))
		}
	}
	return b.String()
}
