package recognize

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed data/*.txt
var cueFiles embed.FS

// cueKind is what a phrase of the cue data says (data/README.md).
type cueKind uint8

// cueTagLatin marks a Latin cue in Recognizer.cueTags; no kind has it.
const cueTagLatin cueKind = 1 << 7

const (
	cueTitle cueKind = iota + 1
	cueHonorific
	cueOrgHead
	cueLocHead
	cueEvtHead
	cueGiven
	cueStop
	cueSpeech
	cueKin
	cuePronoun
	cueCountryRef
	cuePrep
	cueCommon
	cueVerb
	cueParticle
	cueConnector
	cueTitleMod
	cueDemonstrative
	cuePossessive
	cueDeterminer
	cueOf
	cueAge
	cueInflected
	cueVerbNoun
	cueSource
	cueSayer
	cueOutlet
	cueClub
	cuePlace
	cueContext
)

var cueKinds = map[string]cueKind{
	"title": cueTitle, "honorific": cueHonorific, "orghead": cueOrgHead, "lochead": cueLocHead,
	"evthead": cueEvtHead, "given": cueGiven, "stop": cueStop, "speech": cueSpeech, "kin": cueKin,
	"pronoun": cuePronoun, "countryref": cueCountryRef, "prep": cuePrep, "common": cueCommon, "verb": cueVerb,
	"particle": cueParticle, "connector": cueConnector, "titlemod": cueTitleMod, "demonstrative": cueDemonstrative,
	"possessive": cuePossessive, "determiner": cueDeterminer, "of": cueOf, "age": cueAge, "vnoun": cueVerbNoun,
	"source": cueSource, "sayer": cueSayer, "outlet": cueOutlet, "club": cueClub, "place": cuePlace,
	"context": cueContext,
}

// cue is one phrase of the cue data.
type cue struct {
	kind   cueKind
	office string // titles: the office, or "" for none
	sector string
	post   bool   // titles that only follow a name (MP)
	bare   bool   // heads that are not part of the name they introduce (شهر X)
	inSpan bool   // bare heads that the span takes in all the same (استان X)
	named  bool   // heads whose agents are names when they go on past them (وزارت بهداشت)
	id     string // outlets, clubs and places: the lexicon entry they name, or ""
	ctx    string // context words: the context they give (source, press, sport)
	latin  bool   // the phrase is in Latin script
	phrase string
}

// unit flags: what a single word is, from the one-word cues that match it
// exactly.
const (
	flagStop uint32 = 1 << iota
	flagGiven
	flagHonorific
	flagOrgHead
	flagLocHead
	flagEvtHead
	flagSpeech
	flagKin
	flagPronoun
	flagPrep
	flagTitle
	flagCommon
	flagVerb
	flagParticle
	flagConnector
	flagTitleMod
	flagDemonstrative
	flagPossessive
	flagDeterminer
	flagOf
	flagAge
	flagInflected
	flagVerbNoun
)

var flagOfKind = [...]uint32{
	cueStop: flagStop, cueGiven: flagGiven, cueHonorific: flagHonorific, cueOrgHead: flagOrgHead,
	cueLocHead: flagLocHead, cueEvtHead: flagEvtHead, cueSpeech: flagSpeech, cueKin: flagKin,
	cuePronoun: flagPronoun, cuePrep: flagPrep, cueTitle: flagTitle, cueCommon: flagCommon, cueVerb: flagVerb | flagStop,
	cueParticle: flagParticle, cueConnector: flagConnector, cueTitleMod: flagTitleMod, cueDemonstrative: flagDemonstrative,
	cuePossessive: flagPossessive, cueDeterminer: flagDeterminer, cueOf: flagOf, cueAge: flagAge,
	cueInflected: flagInflected, cueVerbNoun: flagVerbNoun | flagStop, cueSource: 0, cueSayer: 0,
	cueOutlet: 0, cueClub: 0, cuePlace: 0, cueContext: 0,
}

// loadCues reads every cue file.
func loadCues() ([]cue, error) {
	names, err := fs.Glob(cueFiles, "data/*.txt")
	if err != nil {
		return nil, fmt.Errorf("recognize: listing cue data: %w", err)
	}
	sort.Strings(names)
	var cues []cue
	for _, name := range names {
		b, err := cueFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("recognize: %w", err)
		}
		cs, err := parseCues(string(b), name)
		if err != nil {
			return nil, err
		}
		cues = append(cues, cs...)
	}
	return cues, nil
}

// parseCues reads the lines of one cue file.
func parseCues(data, source string) ([]cue, error) {
	var cues []cue
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, list, ok := strings.Cut(line, ":")
		fields := strings.Fields(head)
		if !ok || len(fields) == 0 {
			return nil, fmt.Errorf("recognize: %s:%d: want `kind [attr=value ...] : phrase | ...`", source, n+1)
		}
		kind, ok := cueKinds[fields[0]]
		if !ok {
			return nil, fmt.Errorf("recognize: %s:%d: unknown cue kind %q", source, n+1, fields[0])
		}
		proto := cue{kind: kind}
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(f, "=")
			switch k {
			case "office":
				if v != "-" {
					proto.office = v
				}
			case "sector":
				proto.sector = v
			case "post":
				proto.post = true
			case "bare":
				proto.bare = true
			case "inspan":
				proto.inSpan = true
			case "named":
				proto.named = true
			case "id":
				proto.id = v
			case "ctx":
				proto.ctx = v
			default:
				return nil, fmt.Errorf("recognize: %s:%d: unknown attribute %q", source, n+1, k)
			}
		}
		for _, p := range strings.Split(list, "|") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			c := proto
			c.phrase = p
			c.latin = isLatinText(p)
			cues = append(cues, c)
		}
	}
	return cues, nil
}

// isLatinText reports whether the first letter of s is Latin.
func isLatinText(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return r < 0x250
		}
	}
	return false
}
