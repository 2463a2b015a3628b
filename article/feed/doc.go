// Package feed reads RSS 1.0/2.0, Atom and JSON Feed documents with
// github.com/mmcdole/gofeed and turns each item into text ready to become
// an article.
//
// An item's body is its full content (RSS content:encoded, Atom content,
// JSON Feed content_html or content_text), rendered from HTML to text one
// paragraph a line. When the item has no content, its summary (RSS
// description, Atom summary) is used and Item.Summary is set, so that
// callers know they hold a teaser and not the article. An item with
// neither is ErrNoText.
//
// Dates: the item's published date, else its updated date, else its
// Dublin Core date. gofeed parses the common English forms; a date it
// cannot parse, or parses to a year before 1800 (a solar-hijri year read
// as Gregorian), is read by khabar/article/pubdate, which knows
// solar-hijri dates in Afghan and Iranian month names and Persian digits
// (۱۵ حوت ۱۴۰۲, ۲۵ آبان ۱۴۰۴) and converts them exactly. A date that no
// one can read is reported in Item.DateErr; the item is still returned.
//
// Parse holds one whole document in memory; callers cap its size. It is
// safe for concurrent use.
package feed
