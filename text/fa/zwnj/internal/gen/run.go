package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"khabar/text/fa/zwnj/internal/hunspell"
)

// run reads the dictionary and writes both generated files.
func run(dictDir, version, extraPath, outDir string) error {
	if err := checkVersion(dictDir, version); err != nil {
		return err
	}
	affPath := filepath.Join(dictDir, "index.aff")
	af, err := os.Open(affPath)
	if err != nil {
		return err
	}
	defer af.Close()
	aff, err := hunspell.ParseAff(af, affPath)
	if err != nil {
		return err
	}
	dicPath := filepath.Join(dictDir, "index.dic")
	df, err := os.Open(dicPath)
	if err != nil {
		return err
	}
	defer df.Close()
	entries, err := hunspell.ParseDic(df, aff, dicPath)
	if err != nil {
		return err
	}
	extra, err := readExtra(extraPath, aff)
	if err != nil {
		return err
	}
	bits, err := flagBits(aff)
	if err != nil {
		return err
	}
	recs, err := buildRecords(append(entries, extra...), bits)
	if err != nil {
		return err
	}
	tag := "dictionary-fa " + version
	if err := writeTable(filepath.Join(outDir, "lilak_"+version+".bin"), tag, recs); err != nil {
		return err
	}
	if err := writeRules(filepath.Join(outDir, "affixes_lilak_"+version+".go"), tag, aff, bits); err != nil {
		return err
	}
	fmt.Printf("gen: %d entries (%d extra) -> %d records\n", len(entries)+len(extra), len(extra), len(recs))
	return nil
}

// checkVersion refuses to build from any other release than the pinned one.
func checkVersion(dictDir, version string) error {
	p := filepath.Join(dictDir, "package.json")
	data, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("%v (run `npm ci` in tools/lexicon first)", err)
	}
	var pkg struct{ Name, Version string }
	if err := json.Unmarshal(data, &pkg); err != nil {
		return fmt.Errorf("%s: %v", p, err)
	}
	if pkg.Name != "dictionary-fa" || pkg.Version != version {
		return fmt.Errorf("%s: found %s@%s, want dictionary-fa@%s", p, pkg.Name, pkg.Version, version)
	}
	return nil
}

// readExtra reads the hand-written word list: .dic lines without the count
// line; "#" starts a comment.
func readExtra(path string, aff *hunspell.Aff) ([]hunspell.Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []hunspell.Entry
	for i, line := range strings.Split(string(data), "\n") {
		if j := strings.Index(line, "#"); j >= 0 {
			line = line[:j]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		e := hunspell.Entry{Word: line}
		if j := strings.Index(line, "/"); j >= 0 {
			e.Word = line[:j]
			e.Flags = aff.SplitFlags(line[j+1:])
			for _, f := range e.Flags {
				if aff.ByFlag[f] == nil && khabarFlags[f] == 0 {
					return nil, fmt.Errorf("%s:%d: unknown affix flag %q", path, i+1, f)
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// khabarFlags are the flags of the extra-words file that Lilak does not
// have; they take the top bits of a record's flags.
var khabarFlags = map[string]uint32{
	// KJ: keep the word joined as written, even where it reads as a stem
	// and a half-spaced suffix (بیشتر, not بیش‌تر; تنها, not تن‌ها).
	"KJ": 1 << 31,
	// KP: a stem whose plural (X‌های) is read before X + ه‌ای (سال‌های,
	// not ساله‌ای).
	"KP": 1 << 30,
}

// flagBits numbers the affix classes in file order: bit i of a record's
// flags stands for the i-th class.
func flagBits(aff *hunspell.Aff) (map[string]uint32, error) {
	if len(aff.Classes) > 30 {
		return nil, fmt.Errorf("%d affix classes do not fit 30 flag bits", len(aff.Classes))
	}
	bits := map[string]uint32{}
	for f, b := range khabarFlags {
		bits[f] = b
	}
	for i, c := range aff.Classes {
		bits[c.Flag] = 1 << i
	}
	return bits, nil
}
