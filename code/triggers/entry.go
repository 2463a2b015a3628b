package triggers

// Types are the 16 PLOVER event types.
var Types = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// Entry is one trigger of the lexicon.
type Entry struct {
	ID      string
	Lang    string // fa or en
	Type    string // PLOVER type
	Mode    string
	Context []string
	CAMEO   string
	// Verbs are the verb specs as written: Persian "FIXED PAST|PRESENT",
	// English "LEMMA|PAST|PARTICIPLE".
	Verbs []string
	// Nouns are nominal triggers.
	Nouns []string
	// Actor and Recipient list where the arguments stand: subject, object,
	// or a preposition.
	Actor, Recipient []string
	// Negated is what negation does: "drop", or the PLOVER type the event
	// becomes.
	Negated string
	// Needs lists words of which one must follow the trigger within
	// NeedsWithin tokens, before the clause ends, for it to be an event:
	// "told X to withdraw" is an order, "told reporters" a quote frame.
	Needs []string
	// Casualties says the trigger counts the killed, the wounded or what
	// was destroyed, and so names no attack after a disaster noun in its
	// sentence (an earthquake …, killing 37 people).
	Casualties bool
	Note       string
	Source     string // file:line

	// forms holds the written forms of each verb between validation and
	// indexing in Load.
	forms [][]writtenForm
}

// NeedsWithin is how many tokens after a trigger its Needs words are
// looked for.
const NeedsWithin = 12

// Form says what one surface form of a trigger is.
type Form struct {
	Negated     bool // نکرد, did not
	Future      bool // خواهد کرد, will
	Subjunctive bool // بکند / کنند after a modal or a wish
	Passive     bool // امضا شد, was signed
	Noun        bool // a nominal trigger
	Progressive bool // می‌کند, is doing
	Past        bool // کرد, کرده است, did, has done: something that has happened
}
