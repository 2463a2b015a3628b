package article

import "strings"

// persianVariants maps language tags that name a variety of Persian to
// the variant khabar uses.
var persianVariants = map[string]string{
	"fa-af": "fa-AF", "prs": "fa-AF", // Dari (ISO 639-3 prs)
	"fa-ir": "fa-IR", "pes": "fa-IR", // Iranian Persian (ISO 639-3 pes)
}

// iso639_3to1 maps the three-letter codes sources use for khabar's
// languages to ISO 639-1.
var iso639_3to1 = map[string]string{
	"prs": "fa", "pes": "fa", "fas": "fa", "per": "fa",
	"eng": "en", "pus": "ps", "pbt": "ps", "pbu": "ps",
}

// SplitLang turns a source's language tag into Article.Lang and, for a
// tag that names Dari or Iranian Persian, Article.Variant: "fa-AF" → fa,
// fa-AF; "prs" → fa, fa-AF; "eng" → en; "EN-us" → en. Other tags are kept,
// lower-cased, up to their first subtag.
func SplitLang(tag string) (lang, variant string) {
	tag = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(tag, "_", "-")))
	if tag == "" {
		return "", ""
	}
	variant = persianVariants[tag]
	lang, _, _ = strings.Cut(tag, "-")
	if short, ok := iso639_3to1[lang]; ok {
		lang = short
	}
	return lang, variant
}
