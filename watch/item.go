package watch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"time"

	"khabar/article"
	"khabar/article/feed"
	"khabar/article/htmlpage"
	"khabar/store"
)

// itemKey names a feed item for the seen list: its GUID, else its link,
// else a hash of its title, date and text. A key longer than the store
// takes is hashed.
func itemKey(it feed.Item) string {
	var k string
	switch {
	case it.GUID != "":
		k = "guid:" + it.GUID
	case it.URL != "":
		k = "url:" + it.URL
	default:
		sum := sha256.Sum256([]byte(it.Title + "\n" + it.Date + "\n" + it.Body))
		return "text:" + hex.EncodeToString(sum[:16])
	}
	if len(k) > store.MaxFeedKeyBytes {
		sum := sha256.Sum256([]byte(k))
		return "hash:" + hex.EncodeToString(sum[:16])
	}
	return k
}

// pageURL resolves an item's link against the feed's address; "" when the
// item has no link.
func pageURL(base *url.URL, link string) (string, error) {
	if link == "" {
		return "", nil
	}
	u, err := url.Parse(link)
	if err != nil {
		return "", fmt.Errorf("%w: item link %q: %w", ErrBadURL, link, err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("%w: item link %q", ErrBadURL, link)
	}
	u.Fragment = ""
	return u.String(), nil
}

// pageArticle makes the article of a fetched page; the feed item fills in
// the title, author, date and language the page does not give.
func pageArticle(p htmlpage.Page, it feed.Item, link, finalURL string, fetched time.Time) article.Article {
	a := article.Article{
		SourceID: it.GUID, Source: finalURL, URL: link, Date: p.Date, Title: p.Title, Author: p.Author,
		Fetched: fetched.UTC().Format(time.RFC3339), Body: p.Body,
	}
	if a.Date == "" {
		a.Date = it.Date
	}
	if a.Title == "" {
		a.Title = it.Title
	}
	if a.Author == "" {
		a.Author = it.Author
	}
	tag := p.Lang
	if tag == "" {
		tag = it.Lang
	}
	a.Lang, a.Variant = article.SplitLang(tag)
	return a
}

// itemArticle makes the article of a feed item from its own text (its
// content, or its summary, marked Summary): for an item without a link or
// whose page failed.
func itemArticle(it feed.Item, feedURL, link string) article.Article {
	a := article.Article{
		SourceID: it.GUID, Source: feedURL, Record: it.Index, URL: link, Date: it.Date,
		Title: it.Title, Author: it.Author, Summary: it.Summary, Body: it.Body,
	}
	a.Lang, a.Variant = article.SplitLang(it.Lang)
	return a
}
