package feed

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"khabar/article/htmlpage"
	"khabar/article/pubdate"
)

// Item is one feed item as text.
type Item struct {
	// Index is the 1-based position of the item in the feed.
	Index int
	// Title, Author and URL are the item's, "" when absent.
	Title, Author, URL string
	// GUID is the item's id (RSS guid, Atom id), or "".
	GUID string
	// Date is the publication date as YYYY-MM-DD, or "".
	Date string
	// DateErr says why a date the item gave could not be read, or is nil.
	DateErr error
	// Lang is the feed's declared language tag, as written, or "".
	Lang string
	// Body is the item's text, one paragraph a line.
	Body string
	// Summary is true when Body is the item's summary, the feed having no
	// full content for it.
	Summary bool
	// Err is set when the item has no text (ErrNoText); the other fields
	// are filled as far as they go.
	Err error
}

// Errors of this package.
var (
	// ErrNoText: an item has neither content nor summary.
	ErrNoText = errors.New("feed: item has no content and no summary")
	// ErrBadDate: an item's date is in no form khabar reads.
	ErrBadDate = errors.New("feed: unreadable date")
	// ErrNotFeed: the document is not an RSS, Atom or JSON feed.
	ErrNotFeed = errors.New("feed: not an RSS, Atom or JSON feed")
)

// minYear is the earliest year taken from gofeed's parse; an earlier one
// is a solar-hijri year that gofeed read as Gregorian. gofeed's parse is
// used only for forms pubdate does not know.
const minYear = 1800

// Parse reads a whole feed document and returns its items in order.
func Parse(data []byte) ([]Item, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotFeed, err)
	}
	lang := f.Language
	if lang == "" && f.DublinCoreExt != nil && len(f.DublinCoreExt.Language) > 0 {
		lang = f.DublinCoreExt.Language[0]
	}
	items := make([]Item, 0, len(f.Items))
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		items = append(items, itemOf(it, i+1, strings.TrimSpace(lang)))
	}
	return items, nil
}

// itemOf turns one gofeed item into an Item.
func itemOf(it *gofeed.Item, index int, lang string) Item {
	out := Item{
		Index: index,
		Title: htmlpage.FragmentText(it.Title),
		URL:   strings.TrimSpace(it.Link),
		GUID:  strings.TrimSpace(it.GUID),
		Lang:  lang,
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		out.Author = strings.TrimSpace(it.Authors[0].Name)
	} else if it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
		out.Author = strings.TrimSpace(it.DublinCoreExt.Creator[0])
	}
	out.Date, out.DateErr = itemDate(it)
	out.Body = htmlpage.FragmentText(it.Content)
	if out.Body == "" {
		out.Body = htmlpage.FragmentText(it.Description)
		out.Summary = out.Body != ""
	}
	if out.Body == "" {
		out.Err = ErrNoText
	}
	return out
}

// itemDate reads the item's date: published, updated, then Dublin Core.
func itemDate(it *gofeed.Item) (string, error) {
	var dcDate string
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 {
		dcDate = it.DublinCoreExt.Date[0]
	}
	var unread string
	for _, c := range []struct {
		text   string
		parsed *time.Time
	}{{it.Published, it.PublishedParsed}, {it.Updated, it.UpdatedParsed}, {dcDate, nil}} {
		// pubdate first: gofeed moves dates to UTC, and khabar keeps a
		// date as its writer wrote it.
		text := strings.TrimSpace(c.text)
		if d, ok := pubdate.Parse(text); ok {
			return d, nil
		}
		if c.parsed != nil && c.parsed.Year() >= minYear {
			return c.parsed.Format(time.DateOnly), nil
		}
		if text != "" && unread == "" {
			unread = text
		}
	}
	if unread != "" {
		return "", fmt.Errorf("%w: %q", ErrBadDate, unread)
	}
	return "", nil
}
