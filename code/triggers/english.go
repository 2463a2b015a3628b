package triggers

import (
	"fmt"
	"strings"
)

// splitEnglishVerb reads "LEMMA|PAST|PARTICIPLE", where each part may end in
// the same particle ("call for|called for|called for").
func splitEnglishVerb(spec string) (lemma, past, part, particle string, err error) {
	p := strings.Split(spec, "|")
	if len(p) != 3 {
		return "", "", "", "", fmt.Errorf("verb %q: want LEMMA|PAST|PARTICIPLE, e.g. meet|met|met", spec)
	}
	for i := range p {
		p[i] = strings.TrimSpace(p[i])
	}
	lw := strings.Fields(p[0])
	if len(lw) == 0 || p[1] == "" || p[2] == "" {
		return "", "", "", "", fmt.Errorf("verb %q: an empty part", spec)
	}
	lemma, particle = lw[0], strings.Join(lw[1:], " ")
	past = strings.TrimSpace(strings.TrimSuffix(p[1], particle))
	part = strings.TrimSpace(strings.TrimSuffix(p[2], particle))
	return lemma, past, part, particle, nil
}

// thirdPerson makes the -s form of a lemma.
func thirdPerson(l string) string {
	switch {
	case strings.HasSuffix(l, "y") && len(l) > 1 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		return l[:len(l)-1] + "ies"
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "sh"), strings.HasSuffix(l, "ch"),
		strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"), strings.HasSuffix(l, "o"):
		return l + "es"
	}
	return l + "s"
}

// doubled are verbs stressed on a last syllable that ends in one vowel and
// one consonant: they double it before -ing (admit → admitting), unlike
// visit → visiting.
var doubled = map[string]bool{
	"admit": true, "commit": true, "submit": true, "permit": true, "omit": true, "transmit": true,
	"acquit": true, "expel": true, "compel": true, "propel": true, "repel": true, "patrol": true,
	"control": true, "equip": true, "kidnap": true, "refer": true, "confer": true, "defer": true,
	"deter": true, "prefer": true, "transfer": true, "occur": true, "incur": true, "regret": true,
	"forbid": true, "begin": true, "rebel": true, "enrol": true, "cancel": true, "label": true,
	"travel": true, "signal": true, "fuel": true, "model": true, "total": true,
}

// gerund makes the -ing form of a lemma.
func gerund(l string) string {
	if doubled[l] {
		return l + l[len(l)-1:] + "ing"
	}
	isVowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(l)
	switch {
	case strings.HasSuffix(l, "ie"):
		return l[:n-2] + "ying"
	case strings.HasSuffix(l, "ee"), strings.HasSuffix(l, "ye"), strings.HasSuffix(l, "oe"):
		return l + "ing"
	case strings.HasSuffix(l, "e") && n > 2:
		return l[:n-1] + "ing"
	case n >= 3 && !isVowel(l[n-1]) && strings.IndexByte("wxy", l[n-1]) < 0 && isVowel(l[n-2]) && !isVowel(l[n-3]) && vowelGroups(l) == 1:
		return l + string(l[n-1]) + "ing" // stop → stopping
	}
	return l + "ing"
}

// vowelGroups counts runs of vowels: a rough syllable count.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := strings.IndexByte("aeiouy", s[i]) >= 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// englishForms generates the forms of an English verb.
func englishForms(spec string) ([]writtenForm, error) {
	lemma, past, part, particle, err := splitEnglishVerb(spec)
	if err != nil {
		return nil, err
	}
	with := func(v string) string {
		if particle != "" {
			return v + " " + particle
		}
		return v
	}
	// The past and the participle are past forms, unless written as the
	// lemma (cut, put), which may be a present.
	out := []writtenForm{
		{with(lemma), Form{}},
		{with(thirdPerson(lemma)), Form{}},
		{with(past), Form{Past: past != lemma}},
		{with(gerund(lemma)), Form{Progressive: true}},
	}
	if part != past {
		out = append(out, writtenForm{with(part), Form{Past: part != lemma}})
	}
	return out, nil
}

// nounForms generates the forms of a nominal trigger: Persian plural,
// indefinite, ezafe-yeh and possessive endings, English plurals.
func nounForms(noun, lang string) []writtenForm {
	out := []writtenForm{{noun, Form{Noun: true}}}
	if lang == "en" {
		pl := thirdPerson(noun)
		return append(out, writtenForm{pl, Form{Noun: true}})
	}
	for _, suf := range []string{"ها", "های", "هایی", "ی", "ای", "اش", "هایش"} {
		out = append(out, writtenForm{noun + suf, Form{Noun: true}})
	}
	return out
}
