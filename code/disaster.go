package code

import "strings"

// Deaths in a disaster or an accident have no perpetrator: "an earthquake
// that struck Baghlan, killing 37 people", «سیلاب … که در نتیجه ۲۰ تن
// کشته شدند». A trigger the lexicon marks "casualties: yes" after a
// disaster noun in its sentence is therefore no assault. ("fire" is left
// out: forces exchange fire.)

// disasterNouns are folded nouns of natural disasters, accidents and
// epidemics.
var disasterNouns = words(
	"earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "aftershocks", "flood", "floods",
	"flooding", "storm", "storms", "avalanche", "avalanches", "landslide", "landslides", "mudslide", "mudslides",
	"cyclone", "hurricane", "typhoon", "tornado", "heatwave", "wildfire", "wildfires", "blaze", "drought",
	"accident", "accidents", "crash", "collision", "derailment", "stampede", "epidemic", "outbreak", "cholera",
	"زلزله", "زلزلهٔ", "زمین‌لرزه", "زمین‌لرزهٔ", "سیل", "سیلاب", "سیلاب‌ها", "سیلابها", "طوفان", "برف‌کوچ",
	"رانش", "لغزش", "آتش‌سوزی", "حادثه", "حادثهٔ", "حوادث", "تصادف", "تصادفات", "واژگونی", "خشکسالی",
	"وبا", "شیوع", "گرمازدگی",
)

// disasterBefore reports whether a disaster noun, outside any name, comes
// before token t in the sentence.
func (p *parse) disasterBefore(t int) bool {
	for i := 0; i < t && i < len(p.s.keys); i++ {
		if p.s.inMention[i] < 0 && isDisaster(p.s.keys[i]) {
			return true
		}
	}
	return false
}

// isDisaster reports whether k is a disaster noun, also with a Persian
// plural or ezafe ending (سیلاب‌های ناگهانی).
func isDisaster(k string) bool {
	if disasterNouns[k] {
		return true
	}
	for _, suf := range []string{"های", "ها", "ی"} {
		if base, ok := strings.CutSuffix(k, suf); ok && base != "" && disasterNouns[base] {
			return true
		}
	}
	return false
}
