// Package fa normalizes Persian text, Dari (fa-AF) and Iranian Persian
// (fa-IR) alike, and keeps every change aligned with the text as read.
//
// A Normalizer runs three steps, each a single pass:
//
//  1. letters: Arabic ي ى ك become Persian ی ک; ۀ and ة become ه (ۀ keeps its
//     hamza as ه + U+0654, the one form of the ezafe هٔ); Arabic
//     presentation forms are replaced by their NFKC letters; tatweel, byte
//     order marks, zero-width spaces and bidi marks are dropped; short-vowel
//     diacritics are dropped unless Options.KeepDiacritics; invalid UTF-8
//     becomes U+FFFD. Pashto letters (ټ ډ ړ ږ ښ ګ ځ څ ې ۍ ڼ) are never
//     touched. Digits keep their script: the text keeps its own digits.
//  2. spacing: runs of spaces become one space; there is no space before
//     . ، ؛ : ؟ ? ! » ) ] and none after « ( [; spaces at the ends of a line
//     go; stray half-spaces next to a space or at a word edge go. Nothing
//     is ever inserted, so a number (۱.۱, 3,500, ۳٬۵۰۰, 2025-11-07,
//     ۱۴۰۳/۸/۲۵) is never broken. Line breaks are kept.
//  3. half-spaces: package zwnj restores ZWNJ where it was deleted
//     (میکنیم → می‌کنیم) or written as a space (می کنیم → می‌کنیم).
//
// Normalize returns the text with a text.Alignment, so that a span found in
// the normalized text maps back to the original bytes.
//
// Fold gives the matching form of a text, for comparing and searching:
// normalized, with digits folded to ASCII, half-spaces removed, hamza and
// madda folded (آ أ إ → ا, ؤ → و, ئ → ی), all diacritics gone and Latin
// lower-cased.
//
// A Normalizer is safe for concurrent use.
package fa
