package langid

import "unicode"

// script is the writing system of a letter, as far as Detect cares.
type script uint8

const (
	scriptOther script = iota
	scriptArabic
	scriptLatin
	scriptCyrillic
	numScripts
)

// scriptOf returns the script of letter r.
func scriptOf(r rune) script {
	switch {
	case r < 0x250:
		return scriptLatin // Basic Latin to Latin Extended-B
	case r >= 0x600 && r <= 0x6ff, r >= 0x750 && r <= 0x77f, r >= 0x8a0 && r <= 0x8ff,
		r >= 0xfb50 && r <= 0xfdff, r >= 0xfe70 && r <= 0xfeff:
		return scriptArabic
	case r >= 0x400 && r <= 0x52f:
		return scriptCyrillic
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	}
	return scriptOther
}

// letterClass is a set of Arabic-script letters that only some languages use.
type letterClass uint8

const (
	letterPashto  letterClass = 1 << iota // ټ ډ ړ ږ ښ ګ ځ څ ې ۍ ڼ
	letterUrdu                            // ٹ ڈ ڑ ں ے ہ ۂ
	letterSindhi                          // ڪ ٺ ٽ ڄ ڃ ڦ ڻ ڳ ڱ ڍ ڊ ڌ ڏ ڙ ڇ ٿ
	letterUyghur                          // ۇ ۈ ۋ (Uyghur's ې is counted as Pashto)
	letterKurdish                         // ڕ ڵ ێ
	letterPersian                         // پ چ ژ گ, which Arabic lacks
	letterArabic                          // ة, which Persian, Pashto and Urdu rarely use
)

// letterClassOf returns the classes letter r belongs to (0 for most letters).
func letterClassOf(r rune) letterClass {
	switch r {
	case 'ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ګ', 'ځ', 'څ', 'ې', 'ۍ', 'ڼ':
		return letterPashto
	case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ', 'ۂ':
		return letterUrdu
	case 'ڪ', 'ٺ', 'ٽ', 'ڄ', 'ڃ', 'ڦ', 'ڻ', 'ڳ', 'ڱ', 'ڍ', 'ڊ', 'ڌ', 'ڏ', 'ڙ', 'ڇ', 'ٿ':
		return letterSindhi
	case 'ۇ', 'ۈ', 'ۋ':
		return letterUyghur
	case 'ڕ', 'ڵ', 'ێ':
		return letterKurdish
	case 'پ', 'چ', 'ژ', 'گ':
		return letterPersian
	case 'ة':
		return letterArabic
	}
	return 0
}
