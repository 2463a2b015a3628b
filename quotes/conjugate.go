package quotes

import "strings"

// faForm is one generated form of a Persian verb: its words or word
// pieces (split where a space or half-space may stand).
type faForm struct {
	parts []string
	bare  bool // a past participle with no auxiliary
}

// conjugateFa returns the third-person forms of a Persian verb: simple
// and continuous past, present, present and past perfect, and future,
// singular and plural. nonverbal is the first part of a compound verb
// (اعلام in اعلام کرد) or "". A past stem of "-" makes the copula forms
// of an adjective (معتقد است، معتقدند، معتقد بود).
func conjugateFa(nonverbal, past, present string) []faForm {
	var verb []faForm
	if past == "-" {
		for _, c := range [][]string{{"است"}, {"اند"}, {"هستند"}, {"بود"}, {"بودند"}, {"بوده", "است"}, {"بوده", "اند"}, {"می", "باشد"}, {"می", "باشند"}} {
			verb = append(verb, faForm{parts: c})
		}
		n := splitPieces(nonverbal)
		out := []faForm{{parts: append(append([]string{}, n[:len(n)-1]...), n[len(n)-1]+"ند")}}
		for _, c := range verb {
			out = append(out, faForm{parts: append(append([]string{}, n...), c.parts...)})
		}
		return out
	}
	stem3, stem6 := present+"د", present+"ند"
	if strings.HasSuffix(present, "ا") || strings.HasSuffix(present, "و") {
		stem3, stem6 = present+"ید", present+"یند"
	}
	participle := past + "ه"
	verb = []faForm{
		{parts: []string{past}}, {parts: []string{past + "ند"}},
		{parts: []string{"می", past}}, {parts: []string{"می", past + "ند"}},
		{parts: []string{"می", stem3}}, {parts: []string{"می", stem6}},
		{parts: []string{participle}, bare: true},
		{parts: []string{participle, "است"}}, {parts: []string{participle, "اند"}},
		{parts: []string{participle, "بود"}}, {parts: []string{participle, "بودند"}},
		{parts: []string{"خواهد", past}}, {parts: []string{"خواهند", past}},
	}
	if present == "دار" {
		// داشتن has no می in the present: اظهار دارد، اصرار دارند.
		verb = append(verb, faForm{parts: []string{stem3}}, faForm{parts: []string{stem6}})
	}
	if nonverbal == "" {
		return verb
	}
	n := splitPieces(nonverbal)
	var out []faForm
	for _, gap := range [][]string{nil, {"بر", "این"}, {"بر", "آن"}} {
		for _, v := range verb {
			parts := append(append(append([]string{}, n...), gap...), v.parts...)
			out = append(out, faForm{parts: parts, bare: v.bare})
		}
	}
	return out
}
