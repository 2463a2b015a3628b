// Package recognize finds the actors, places and named events of an
// article (entities), in Persian (Dari and Iranian) and English, with byte
// offsets into the article body, and links every mention of one actor to
// one id.
//
// It works in four steps over the normalized text (Doc.Norm), all on the
// words (units) of Doc.Tokens: a token, or a part of a hyphenated token.
//
//  1. Lexicon matching, one pass. Every name, adjective and metonym of the
//     khabar/lexicon entries and every cue phrase of data/*.txt (titles,
//     head nouns, given names, function words) is folded (letters, hamza
//     and madda, digits, Latin case and accents; spaces, half-spaces,
//     hyphens and periods left out: رئیس جمهور = رئیس‌جمهور = رئیسجمهور,
//     شی جینپینگ = شی جین‌پینگ, U.S. = US) into one trie. From each word,
//     the trie is walked over the folded letters of that word and the ones
//     after it in the sentence; a name must start at a word start and end
//     at a word end, or before a Persian suffix (قزاقستان‌را, ایرانی‌ها,
//     امریکاییها) or an English possessive. The longest name wins and
//     matching goes on after it (leftmost-longest, no overlaps). The span
//     of a mention covers the name and a demonym ی (ایرانی, an adjective),
//     never a plural, ezafe or object suffix. English single-word names
//     need a capital (Turkey, not turkey), short acronyms capitals (US,
//     not us); a one-word name that is also a common word (May, می, مالی)
//     or a one- or two-letter Persian name counts only once its entry was
//     named in full. Where a key names several entries, one already named
//     in the article wins, then a name over a metonym over an adjective,
//     then a person in office on Doc.Date.
//  2. Context patterns for names the lexicon lacks (one file each):
//     pattern_paren.go (a Persian name and its Latin form in brackets),
//     pattern_head.go (شرکت «X», جزیره X, انستیتیوت X کشور, کنفرانس X,
//     شهرداری X; the span takes in the head but for bare heads like
//     جزیره), pattern_agentname.go (an agent that is a full name:
//     وزارت امور خارجه),
//     pattern_title.go (X، وزیر خارجهٔ Y، / رئیس‌جمهور Y X / President X /
//     X, the foreign minister of Y), pattern_person.go (given names,
//     آقای X, همسرش X, X گفت, X ۷۹ ساله), pattern_place.go (در X مقدونیه)
//     and pattern_caps.go (English capitalised runs typed by their head
//     word and context), pattern_source.go (the outlet of به گزارش X، and
//     the speaker of به گفتهٔ X،), and the names that are also common
//     words, taken only where the context says a name is meant
//     (pattern_context.go): news outlets (data/outlets.txt, after a
//     credit or a reporter, pattern_outlet.go), sports clubs
//     (data/clubs.txt, beside a word of the game, pattern_club.go) and
//     places (data/places.txt, after a place preposition or in a list of
//     places, pattern_ctxplace.go). Each leaves alone the words an
//     earlier one took.
//  3. Agents (lexicon entries of kind agent: پولیس, وزارت خارجه, police)
//     take the country named beside them, else none.
//  4. Linking (link.go, variants.go, pronoun.go): a short form (a
//     surname, the last words, the start of an organisation's name), a
//     repeat, or a spelling a letter or two off of a name found elsewhere
//     in the article shares that name's id; a pronoun (او، وی، ایشان، he, she) becomes a mention
//     (Source "coref") of the first person of its sentence before it, else
//     of the nearest sentence before it that names one; این کشور, آن کشور
//     and "the country" of the last country named.
//
// Recognize returns every mention, sorted by Start and not overlapping,
// with one id per actor. Adjectives (قزاقی, American) are mentions of
// their country with Adjective set; agents are mentions with an Entry of
// kind agent, which Entity.Named reports as not names; capitals standing
// for their country (واشنگتن) are places of their own whose Entry still
// gives the country. Names found from context have their surface form as
// canonical name (or the Latin form given in brackets) and the country and
// sector their context tells.
//
// A Recognizer holds only read-only tables once made and is safe for
// concurrent use.
package recognize
