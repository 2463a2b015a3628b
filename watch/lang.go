package watch

import "strings"

// splitLang turns a declared language tag into Article.Lang and, for Dari
// or Iranian Persian, Article.Variant ("fa-AF" → fa, fa-AF; "prs" → fa,
// fa-AF; "EN-us" → en), as the article readers do; other tags are kept,
// lower-cased, up to their first subtag.
func splitLang(tag string) (lang, variant string) {
	tag = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(tag, "_", "-")))
	if tag == "" {
		return "", ""
	}
	switch tag {
	case "fa-af", "prs":
		variant = "fa-AF"
	case "fa-ir", "pes":
		variant = "fa-IR"
	}
	lang, _, _ = strings.Cut(tag, "-")
	switch lang {
	case "prs", "pes", "fas", "per":
		lang = "fa"
	case "eng":
		lang = "en"
	case "pus", "pbt", "pbu":
		lang = "ps"
	}
	return lang, variant
}
