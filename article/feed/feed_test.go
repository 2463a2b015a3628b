package feed

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// show writes an item compactly for table comparison.
func show(it Item) string {
	s := fmt.Sprintf("#%d date=%s title=%s author=%s url=%s lang=%s summary=%v body=\"%s\"",
		it.Index, it.Date, it.Title, it.Author, it.URL, it.Lang, it.Summary, strings.ReplaceAll(it.Body, "\n", `\n`))
	if it.DateErr != nil {
		s += " dateErr=" + it.DateErr.Error()
	}
	if it.Err != nil {
		s += " err=" + it.Err.Error()
	}
	return s
}

func TestParseFiles(t *testing.T) {
	for _, c := range []struct {
		file string
		want []string
	}{
		{"dari-summary.rss", []string{
			// Afghan solar month and Persian digits, converted exactly; summary only.
			`#1 date=2024-03-05 title=سیلاب در ولسوالی ارگو سه قریه را زیر آب برد author= url=https://pamir.example.af/news/8802 lang=fa-AF summary=true body="مقام‌های محلی در بدخشان می‌گویند سیلاب‌ها سه قریه را زیر آب برده است."`,
			// RFC 1123 date kept as written (+0430), not moved to UTC (Nov 11).
			`#2 date=2025-11-12 title=توافق ترانزیتی میان کابل و تاشکند امضا شد author=احمد شاه کریمی url=https://pamir.example.af/news/8603 lang=fa-AF summary=true body="وزارت صنعت و تجارت از امضای یک توافق‌نامهٔ ترانزیتی خبر داد."`,
			// A relative date is no publication date: reported, item kept.
			`#3 date= title=خبر بی‌تاریخ author= url= lang=fa-AF summary=true body="این خبر تاریخ خوانا ندارد." dateErr=feed: unreadable date: "دیروز"`,
			// No content and no summary.
			`#4 date=2025-11-11 title=خبر بی‌متن author= url= lang=fa-AF summary=false body="" err=feed: item has no content and no summary`,
		}},
		{"iran-content.atom", []string{
			// Iranian month name with weekday and time; full content wins over summary.
			`#1 date=2025-11-16 title=افزایش ظرفیت نیروگاه‌های خورشیدی در استان کرمان author=سمیه رحمانی url=https://nsh.example.ir/news/4582190 lang=fa-IR summary=false body="مدیرعامل شرکت برق منطقه‌ای کرمان از بهره‌برداری از چهار نیروگاه خورشیدی تازه خبر داد.\nاین نیروگاه‌ها در رفسنجان، سیرجان و بم ساخته شده‌اند."`,
			// Numeric solar date in <updated>, which gofeed would read as the year 1404.
			`#2 date=2025-11-15 title=تعطیلی مدارس تهران author= url= lang=fa-IR summary=false body="همهٔ مدارس تهران روز دوشنبه تعطیل است."`,
		}},
	} {
		data, err := os.ReadFile("testdata/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		items, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		var got []string
		for _, it := range items {
			got = append(got, show(it))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", c.file, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
	}
}

func TestParseNotFeed(t *testing.T) {
	if _, err := Parse([]byte("<html><body>not a feed</body></html>")); !errors.Is(err, ErrNotFeed) {
		t.Errorf("err = %v; want ErrNotFeed", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"dari-summary.rss", "iran-content.atom"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"x","date_published":"۱۵ حوت ۱۴۰۲"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 {
			return // callers cap a document's size; see article.Options
		}
		items, err := Parse(data)
		if err != nil {
			return
		}
		for _, it := range items {
			if it.Date != "" && len(it.Date) != 10 {
				t.Fatalf("date %q", it.Date)
			}
			if (it.Body == "") != (it.Err != nil) {
				t.Fatalf("body %q with err %v", it.Body, it.Err)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><language>fa-AF</language>`)
	for i := range 100 {
		fmt.Fprintf(&doc, `<item><title>خبر %d</title><link>https://pamir.example.af/news/%d</link><pubDate>۱۵ حوت ۱۴۰۲</pubDate><description><![CDATA[<p>مقام‌های محلی در بدخشان می‌گویند سیلاب‌های ناشی از باران‌های شدید شب گذشته سه قریه را زیر آب برده است.</p><p>به گفتهٔ سخنگوی والی بدخشان، در این رویداد دست‌کم هفت تن جان باخته است.</p>]]></description></item>`, i, i)
	}
	doc.WriteString(`</channel></rss>`)
	data := []byte(doc.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		items, err := Parse(data)
		if err != nil || len(items) != 100 {
			b.Fatalf("%d items, %v", len(items), err)
		}
	}
}
