package recognize

// findPatterns finds names the lexicon does not hold, from the words
// around them, most specific pattern first: every pattern leaves alone the
// words an earlier one took.
func (st *state) findPatterns() {
	st.findBlessedNames()
	st.findParentheses()
	st.findContextNames()
	st.findHeadPatterns(true)
	st.findTitlePatterns()
	st.findReportSources()
	st.findHeadPatterns(false)
	st.findNamedAgents()
	st.findPersonPatterns()
	st.findPlacesOfCountries()
	st.findCapitals()
}
