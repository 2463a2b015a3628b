package code

import (
	"strings"

	"khabar/code/triggers"
	"khabar/text/fa"
)

// lightVerbs are the Persian light verbs that make a predicate of a noun
// (تعهد نمود, دیدار کرد, حمایت می‌نماید): past stem, present stem, and
// whether the verb is the passive of کردن (شد, گردید).
var lightVerbs = []struct {
	past, present string
	passive       bool
}{
	{"کرد", "کن", false}, {"نمود", "نمای", false}, {"شد", "شو", true}, {"گردید", "گرد", true},
	{"ساخت", "ساز", false}, {"ورزید", "ورز", false}, {"داد", "ده", false},
}

// lightForm maps the folded form of a light verb to what the form says.
var lightForm = func() map[string]triggers.Form {
	out := map[string]triggers.Form{}
	for _, v := range lightVerbs {
		conjugate(out, v.past, v.present, v.passive)
	}
	return out
}()

// gereftForm holds the forms of گرفتن, for مورد حمله قرار گرفت.
var gereftForm = func() map[string]triggers.Form {
	out := map[string]triggers.Form{}
	conjugate(out, "گرفت", "گیر", false)
	return out
}()

// conjugate adds the one-word forms of a verb to out: simple, progressive
// and perfect past, progressive and subjunctive present, each negated too.
func conjugate(out map[string]triggers.Form, past, present string, passive bool) {
	add := func(w string, f triggers.Form) { out[fa.FoldKey(w)] = f }
	pastEnd := []string{"", "م", "ی", "یم", "ید", "ند"}
	presEnd := []string{"م", "ی", "د", "یم", "ید", "ند"}
	perfect := []string{"", "ام", "ای", "است", "ایم", "اید", "اند"}
	for _, neg := range []string{"", "ن"} {
		f := triggers.Form{Negated: neg != "", Passive: passive}
		prog, subj := f, f
		prog.Progressive, subj.Subjunctive = true, true
		for _, e := range pastEnd {
			add(neg+past+e, f)
			add(neg+"می"+past+e, prog)
		}
		for _, e := range perfect {
			add(neg+past+"ه"+e, f)
		}
		for _, e := range presEnd {
			add(neg+"می"+present+e, prog)
			add(neg+present+e, subj)
			if neg == "" {
				add("ب"+present+e, subj)
			}
		}
	}
}

// mowredPassive reads the Persian passive "مورد حمله قرار گرفت" (was
// attacked): a nominal trigger after مورد, with قرار and a form of گرفتن
// after it, is passive; its subject is the one acted on.
func mowredPassive(keys []string, m triggers.Match) triggers.Match {
	if m.First == 0 || keys[m.First-1] != mowred {
		return m
	}
	for j := m.Last + 1; j <= m.Last+4 && j+1 < len(keys); j++ {
		if keys[j] != qarar {
			continue
		}
		if f, ok := gereftForm[keys[j+1]]; ok {
			m.Passive, m.Negated = true, f.Negated
			if j == m.Last+1 {
				m.Last, m.Noun = j+1, false
			}
		}
		break
	}
	return m
}

var mowred, qarar = fa.FoldKey("مورد"), fa.FoldKey("قرار")

// futureAux are the forms of خواستن that make the future with a past stem.
var futureAux = words("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند")

// joinLightVerb turns a nominal trigger followed by a light verb into a
// verbal one (تعهد نمود, حمایت می‌نماید, همکاری نخواهد کرد), taking the
// light verb's negation, tense and voice, when the lexicon lists only
// the noun or another light verb.
func joinLightVerb(keys []string, m triggers.Match) triggers.Match {
	if !m.Noun || m.Last+1 >= len(keys) {
		return m
	}
	k := keys[m.Last+1]
	if f, ok := lightForm[k]; ok {
		m.Last++
		m.Form = f
		return m
	}
	neg := strings.HasPrefix(k, "ن") && futureAux[k[len("ن"):]]
	if (futureAux[k] || neg) && m.Last+2 < len(keys) {
		if f, ok := lightForm[keys[m.Last+2]]; ok && !f.Progressive && !f.Subjunctive {
			m.Last += 2
			m.Form = triggers.Form{Future: true, Negated: neg, Passive: f.Passive}
		}
	}
	return m
}

// lightAlias maps every form of the formal light verbs نمودن and گردیدن,
// and of ساختن, which Dari news puts for کردن (منفجر ساخت, مطرح ساخت), to
// the same form of کردن and شدن (تعهد نمود → تعهد کرد, توقیف گردید →
// توقیف شد), so that a predicate the lexicon lists with کرد is found in
// Dari and formal prose too.
var lightAlias = func() map[string]string {
	out := map[string]string{}
	for _, pair := range [][4]string{{"نمود", "نمای", "کرد", "کن"}, {"ساخت", "ساز", "کرد", "کن"}, {"گردید", "گرد", "شد", "شو"}} {
		from, to := map[string]triggers.Form{}, map[string]triggers.Form{}
		conjugate(from, pair[0], pair[1], false)
		conjugate(to, pair[2], pair[3], false)
		for k, f := range from {
			for k2, f2 := range to {
				if f == f2 && sameShape(k, pair[0], pair[1], k2, pair[2], pair[3]) {
					out[k] = k2
				}
			}
		}
	}
	return out
}()

// sameShape reports whether two forms have the same prefix and ending
// around their stems.
func sameShape(a, aPast, aPres, b, bPast, bPres string) bool {
	cut := func(s, past, pres string) (string, string, bool) {
		for _, stem := range []string{fa.FoldKey(past), fa.FoldKey(pres)} {
			if i := strings.Index(s, stem); i >= 0 {
				return s[:i], s[i+len(stem):], stem == fa.FoldKey(past)
			}
		}
		return "", "", false
	}
	ap, as, apast := cut(a, aPast, aPres)
	bp, bs, bpast := cut(b, bPast, bPres)
	return ap == bp && as == bs && apast == bpast
}

// aliasKeys returns keys with the formal light verbs replaced, or keys
// itself when there are none.
func aliasKeys(keys []string) []string {
	var out []string
	for i, k := range keys {
		if a, ok := lightAlias[k]; ok {
			if out == nil {
				out = append([]string(nil), keys...)
			}
			out[i] = a
		}
	}
	if out == nil {
		return keys
	}
	return out
}

// persianNotVerb reports whether a match is no predicate: the future
// auxiliary alone (خواهد in رأی نخواهد داد is not "wants"), or a passive
// participle used as an adjective before the rest of its noun phrase
// (طرح تازهٔ پیشنهاد شده را پذیرفتند, مسیر پیشنهاد شده ساخته شد).
func persianNotVerb(keys []string, m triggers.Match) bool {
	if m.First == m.Last {
		k := keys[m.First]
		if futureAux[k] || strings.HasPrefix(k, "ن") && futureAux[k[len("ن"):]] {
			return m.First+1 < len(keys) && keys[m.First+1] != "" && !strings.HasPrefix(keys[m.First+1], "،")
		}
		// A bare stem right after a preposition is the verbal noun
		// (برای کشت پنبه, از فراخوان).
		if !m.Noun && m.First > 0 {
			if pl, w := persian.places.at(keys, m.First-1); w == 1 && pl != "" {
				return true
			}
		}
	}
	if !m.Passive || m.Last+1 >= len(keys) {
		return false
	}
	last := keys[m.Last]
	if last != shode && last != gardide {
		return false
	}
	// a word of the noun phrase goes on after it: not a conjunction, a
	// clause marker, an auxiliary, a verb or punctuation
	next := keys[m.Last+1]
	switch {
	case next == "" || persian.conj[next] || persian.boundaries[next] || persianAux[next] || persian.verbs[next]:
		return false
	case isComma(next) || next == "." || quoteMarks[next] || next == ":" || next == "؛":
		return false
	}
	return true
}

var shode, gardide = fa.FoldKey("شده"), fa.FoldKey("گردیده")

func safeKey(keys []string, i int) string {
	if i < len(keys) {
		return keys[i]
	}
	return ""
}
