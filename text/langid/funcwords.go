package langid

// wordSet is a list of words; the scan looks them up in a wordTable (see
// newVocabulary).
type wordSet map[string]struct{}

func newWordSet(words ...string) wordSet {
	set := make(wordSet, len(words))
	for _, w := range words {
		set[w] = struct{}{}
	}
	return set
}

// langMask is a set of the languages whose function words are matched in
// light form, so one lookup serves them all.
type langMask uint8

const (
	maskPashto langMask = 1 << iota
	maskArabic
	maskUrdu
)

// Function words: frequent words of one language that the others of its
// script do not use, so their share of a text's words says which language it
// is in. Words that two languages share with a different meaning are left
// out (Persian او "he" is Pashto "and"; Persian من "I" is Arabic "from";
// Persian ما "we" is Arabic "what").
var (
	// persianWords are matched in folded form (ي ك typed for ی ک still
	// count); half-spaced verbs split into می + stem, so only a few common
	// verbs whose half-space was dropped are listed whole.
	persianWords = newWordSet(
		"است", "این", "آن", "که", "را", "از", "در", "با", "به", "و", "ها", "های",
		"می", "برای", "بر", "شد", "شده", "بود", "کرد", "کرده", "شود", "کند",
		"خود", "نیز", "اما", "باید", "همچنین", "گفت", "میشود", "میکند", "میگوید",
		"میباشد", "هستند", "بودند", "کردند", "دارد", "گفته",
	)
	// pashtoWords are matched in light form: Pashto tells ي ی ې ۍ apart.
	pashtoWords = newWordSet(
		"د", "په", "چې", "کې", "ته", "دې", "یې", "وو", "دي", "ده", "شوي",
		"شوی", "شوې", "دا", "هغه", "څخه", "سره", "لپاره", "له", "وي", "کوي",
		"کړي", "کړې", "ورته", "پورې", "ځکه", "کړل", "شول",
	)
	// arabicWords are matched in light form, with Arabic ي ى ك.
	arabicWords = newWordSet(
		"في", "على", "إلى", "الى", "عن", "التي", "الذي", "الذين", "أن", "إن",
		"هذا", "هذه", "كان", "كانت", "قد", "لم", "لن", "ذلك", "تلك", "مع",
		"حيث", "وقد", "وفي", "كما", "أو", "قال", "وقال", "منذ", "حتى", "عند",
		"ولا", "لا", "أيضا", "هو", "هي", "إنه",
	)
	// urduWords are matched in light form, with Urdu ہ and ے.
	urduWords = newWordSet(
		"کے", "کی", "کا", "ہے", "ہیں", "میں", "نے", "کو", "سے", "اور", "یہ",
		"وہ", "تھا", "تھی", "تھے", "گیا", "گئی", "کہ", "پر", "بھی", "ایک",
		"ہو", "کر", "کیا",
	)
	// englishWords are matched in lower case.
	englishWords = newWordSet(
		"the", "of", "and", "to", "in", "a", "is", "was", "for", "that", "on",
		"with", "as", "by", "at", "from", "it", "has", "have", "he", "she",
		"said", "are", "were", "be", "its", "an", "this", "which", "will",
		"after", "not", "but", "they", "their", "who", "had", "been",
	)
)
