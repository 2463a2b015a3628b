package zwnj

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/text/fa/zwnj/internal/hunspell"
)

// TestAgreesWithLilakExpansion expands a sample of the Lilak dictionary with
// the Hunspell expander (when the npm package is installed) and checks that
// restoring each form, stripped of its half-spaces, gives one of Lilak's
// spellings of the same letters for nearly all of them.
func TestAgreesWithLilakExpansion(t *testing.T) {
	dict := "../../../tools/lexicon/node_modules/dictionary-fa"
	af, err := os.Open(filepath.Join(dict, "index.aff"))
	if err != nil {
		t.Skipf("dictionary-fa not installed: %v", err)
	}
	defer af.Close()
	aff, err := hunspell.ParseAff(af, "index.aff")
	if err != nil {
		t.Fatal(err)
	}
	df, err := os.Open(filepath.Join(dict, "index.dic"))
	if err != nil {
		t.Fatal(err)
	}
	defer df.Close()
	entries, err := hunspell.ParseDic(df, aff, "index.dic")
	if err != nil {
		t.Fatal(err)
	}
	// All spellings Lilak allows for each letter sequence, over the sample.
	spellings := map[string]map[string]bool{}
	for i := 0; i < len(entries); i += 97 {
		aff.Expand(entries[i], func(form string) {
			key := strings.ReplaceAll(form, z, "")
			if spellings[key] == nil {
				spellings[key] = map[string]bool{}
			}
			spellings[key][form] = true
		})
	}
	r := Default()
	agree, total := 0, 0
	var bad []string
	for key, forms := range spellings {
		if len(forms) == 1 && forms[key] {
			continue // only a joined spelling: nothing to restore
		}
		total++
		got := r.String(key)
		if strings.HasSuffix(key, "هی") && forms[strings.TrimSuffix(key, "ی")+z+"ی"] {
			// By design "‌ی" after ه (خانه‌ی) is never restored.
			forms[got] = true
		}
		if forms[got] {
			agree++
		} else if len(bad) < 20 {
			bad = append(bad, got)
		}
	}
	share := float64(agree) / float64(total)
	t.Logf("%d of %d sampled forms with a half-spaced spelling restored to a Lilak spelling (%.1f%%); e.g. %q", agree, total, 100*share, bad)
	if share < 0.95 {
		t.Errorf("only %.1f%% agree, want ≥ 95%%", 100*share)
	}
}
