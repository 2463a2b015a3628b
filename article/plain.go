package article

// plainArticle makes the article of a plain text: the whole text is the
// body (trailing line breaks cut), the date is unknown, and the first
// non-blank line is the title when it looks like a headline.
func plainArticle(text, source string) Article {
	body := trimLineBreaks(text)
	return Article{Source: source, Line: 1, Title: titleOf(body[skipSpace(body):]), Body: body}
}
