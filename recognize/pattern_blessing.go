package recognize

import "khabar/lexicon"

// blessings are the abbreviated blessings Persian writes in parentheses
// after the name of a prophet, imam, saint or late cleric: (ع) alayhi
// as-salam, (س) salam-allah alayha, (ص) the Prophet's, (ره) rahmat-allah
// alayh, (عج) the awaited Imam's, (رض) radi-allahu anhu.
var blessings = map[string]bool{"ع": true, "س": true, "ص": true, "ره": true, "عج": true, "رض": true, "قدس سره": true}

// maxBlessedWords is the most words of a name before its blessing.
const maxBlessedWords = 3

// findBlessedNames finds the people a blessing in parentheses follows:
// the name before (ع), (س), (ره)… is a person, with a title of reverence
// before it (حضرت, امام) and the blessing itself in the span.
func (st *state) findBlessedNames() {
	for _, i := range st.opens {
		if i < 1 || i+2 >= len(st.units) || !st.sameSentence(i-1, i+2) {
			continue
		}
		shut := i + 2
		key := st.unitKey(i + 1)
		if !st.punctIs(shut, ")") {
			if shut+1 < len(st.units) && st.punctIs(shut+1, ")") {
				key += " " + st.unitKey(i+2) // (قدس سره)
				shut++
			} else {
				continue
			}
		}
		if !blessings[key] {
			continue
		}
		last := i - 1
		if st.mentionAt(last) != nil || !st.isWordUnit(last) {
			continue // a known name: the lexicon has it
		}
		start := st.nameRunBackward(last, maxBlessedWords)
		if start > last {
			continue
		}
		if start > 0 && st.isWordUnit(start-1) && st.units[start-1].flags&flagHonorific != 0 && st.mentionAt(start-1) == nil {
			start-- // حضرت زینب (س)
		}
		st.addMention(st.newName(start, shut+1, lexicon.PER, SourceHonorific))
		i = shut
	}
}
