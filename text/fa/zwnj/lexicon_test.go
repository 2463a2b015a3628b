package zwnj

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconTable checks the embedded table's header and a few records.
func TestLexiconTable(t *testing.T) {
	first := lilakTable[:strings.IndexByte(lilakTable, '\n')]
	if !strings.HasPrefix(first, "// Code generated") || !strings.HasSuffix(first, "DO NOT EDIT.") || !strings.Contains(first, "dictionary-fa 2.0.0") {
		t.Errorf("header line %q", first)
	}
	lx := Default().lx
	if lx.records < 100000 || lx.keys < 90000 {
		t.Errorf("records=%d keys=%d, want about 100k", lx.records, lx.keys)
	}
	cases := []struct {
		word string
		zwnj uint64 // letter indexes a ZWNJ stands before
	}{
		{"رئیس‌جمهور", 1 << 4}, // a compound headword
		{"می‌کنیم", 1 << 2},    // a verb form with its prefix
		{"بیمار", 0},           // a word that looks prefixed but is not
	}
	for _, c := range cases {
		key, _, _ := appendKey(nil, 0, c.word)
		found := false
		lx.entries(key, func(e entry) bool {
			if e.zwnj == c.zwnj {
				found = true
			}
			return true
		})
		if !found {
			t.Errorf("%s: no record with ZWNJ bits %b", c.word, c.zwnj)
		}
	}
	if lx.find([]byte("xyz")) >= 0 {
		t.Error("found a key that is not there")
	}
}

// TestLoadRejectsBadTables checks the loader's errors.
func TestLoadRejectsBadTables(t *testing.T) {
	body := lilakTable[strings.IndexByte(lilakTable, '\n')+1:]
	for name, table := range map[string]string{
		"no header": body,
		"bad magic": "// Code generated x. DO NOT EDIT.\nNOTMAGIC\x01\x00\x00\x00",
		"truncated": lilakTable[:len(lilakTable)/2],
	} {
		if _, err := loadLexicon(table); err == nil {
			t.Errorf("%s: loaded without error", name)
		}
	}
}

// TestHeapAfterLoad keeps the loaded lexicon within its memory budget.
func TestHeapAfterLoad(t *testing.T) {
	const budget = 30 << 20
	heap := heapAfterLoad(t)
	t.Logf("heap after load: %.1f MB (embedded table %.1f MB, not on the heap)", float64(heap)/(1<<20), float64(len(lilakTable))/(1<<20))
	if heap > budget {
		t.Errorf("heap after load %d bytes, budget %d", heap, budget)
	}
}

// TestGeneratedFilesAreFresh regenerates the table and rules from the
// pinned npm package, when it is installed (npm ci in tools/lexicon), and
// compares them with the committed files.
func TestGeneratedFilesAreFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	dict := "../../../tools/lexicon/node_modules/dictionary-fa"
	if _, err := os.Stat(filepath.Join(dict, "index.dic")); err != nil {
		t.Skipf("dictionary-fa not installed: %v", err)
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "./internal/gen", "-dict", dict, "-version", "2.0.0", "-extra", "extra_words.txt", "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generator: %v\n%s", err, out)
	}
	for _, name := range []string{"lilak_2.0.0.bin", "affixes_lilak_2.0.0.go"} {
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./text/fa/zwnj", name)
		}
	}
}
