// Package quotes finds the direct and indirect quotes of one article, in
// Persian (Dari and Iranian) and English, and who said them.
//
// Find takes the article as the recognizer saw it (recognize.Doc: body,
// normalized text, sentences, tokens) and the recognizer's mentions, and
// returns Quotes whose Start and End are byte offsets into the body.
//
// Forms it knows:
//
//   - direct: X گفت: «…»، X افزود: «…»، X تأکید کرد: «…»؛ «…»، X گفت.;
//     «…» X خواند (a quoted phrase with the speaker as subject); X said:
//     "…"; "…," X said.; "…," said X; X called it "…". A quotation over
//     several sentences or paragraphs is one quote; a paragraph in
//     quotation marks right after a quote carries it on.
//   - indirect: X گفت که …، X گفت … (no که), X اعلام کرد که …، X said
//     (that) …, X told Reuters that …, …, the ministry said.; …, saying …
//     (the subject of the sentence speaks).
//   - attribution: به گفتهٔ X، …، به گزارش X، … (a news agency counts as a
//     source, as the gold files count "the Advocate reports"), طبق گفتهٔ
//     X، بر اساس گزارش X، according to X, ….
//   - a quoted phrase of two words or more in a sentence with no speech
//     verb goes to the sentence's subject (X thanked them for their
//     "diligence"), unless a naming word makes it a name (به نام «…»).
//
// Speech verbs are data (data/verbs_fa.txt, data/verbs_en.txt): Persian
// verbs in every third-person tense, simple and compound (اعلام کرد،
// اظهار داشت، معتقد است), generated from their stems. The speaker is the
// subject of the verb's clause: in Persian the first mention of the
// clause outside prepositional phrases, a person first (رییس ورزشی …،
// جوی الیوا), past modifiers (دیپلمات‌های سازمان ملل: the diplomats
// speak, not the UN); in English the mention right before the verb, past
// auxiliaries, appositions and relative clauses, or right after it. A
// pronoun speaks for its antecedent; a title alone (the foreign minister,
// وزیر خارجه) for the person of the article with that office; an agent
// (police) for the named organisation that holds its word (Springfield
// Police Department), else by its phrase as written (state election
// commission); "including X" names X among a group; coordinated subjects
// (X و Y) all speak; a Persian clause with no subject takes the speaker
// before it.
//
// A speaker that names no one (officials, مقام‌های امریکایی, UN
// diplomats, a title that matches nobody) makes an anonymous quote, left
// out unless Options.Anonymous. A report of the speaker's own hope or
// intention (اعلام کرد امیدوار است …) is left to the event coder.
//
// Find and FindWith are safe for concurrent use: the word lists are read
// once and never written after; each call works on its own state.
package quotes
