package gold

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Langs are the article languages of the evaluation sets, in report order.
var Langs = []string{"prs", "fas", "eng"}

// Case is one article file with its gold file.
type Case struct {
	ID, Lang, Path, GoldPath string
}

// Cases lists the article files in dir that have a gold file beside them
// (<id>.<lang>.txt with <id>.gold.json), for the given language or, with
// lang "", all of them, sorted by language then id.
func Cases(dir, lang string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, p := range paths {
		base := strings.TrimSuffix(filepath.Base(p), ".txt")
		dot := strings.LastIndexByte(base, '.')
		if dot < 0 {
			continue
		}
		id, l := base[:dot], base[dot+1:]
		if lang != "" && l != lang {
			continue
		}
		g := filepath.Join(dir, id+".gold.json")
		if _, err := os.Stat(g); err != nil {
			continue
		}
		cases = append(cases, Case{ID: id, Lang: l, Path: p, GoldPath: g})
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("gold: no <id>.<lang>.txt files with an <id>.gold.json in %s", dir)
	}
	order := map[string]int{}
	for i, l := range Langs {
		order[l] = i
	}
	sort.SliceStable(cases, func(i, j int) bool {
		oi, oki := order[cases[i].Lang]
		oj, okj := order[cases[j].Lang]
		if !oki {
			oi = len(Langs)
		}
		if !okj {
			oj = len(Langs)
		}
		if oi != oj {
			return oi < oj
		}
		return cases[i].ID < cases[j].ID
	})
	return cases, nil
}

// Result is one scored article.
type Result struct {
	Case
	Score  Score
	Detail Detail
	Err    error
}

// Report is the outcome of scoring a set of articles.
type Report struct {
	Results []Result
}

// Evaluate scores every case, using predict to run the extractor on one
// article file. An article that fails is recorded with its error and
// scored as predicting nothing.
func Evaluate(cases []Case, predict func(path string) (*Prediction, error)) (*Report, error) {
	r := &Report{}
	for _, c := range cases {
		g, err := ReadFile(c.GoldPath)
		if err != nil {
			return nil, err
		}
		p, perr := predict(c.Path)
		if p == nil {
			p = &Prediction{}
		}
		s, d := ScoreArticle(p, g)
		r.Results = append(r.Results, Result{Case: c, Score: s, Detail: d, Err: perr})
	}
	return r, nil
}

// ByLang sums the scores of each language; the key "all" sums everything.
func (r *Report) ByLang() map[string]Score {
	out := map[string]Score{}
	for _, res := range r.Results {
		out[res.Lang] = out[res.Lang].Add(res.Score)
		out["all"] = out["all"].Add(res.Score)
	}
	return out
}
