package article_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"khabar/article"
)

func ExampleReadFrom() {
	const file = " date 2025-11-07 وزیر خارجه به اسلام‌آباد سفر کرد\n" +
		"وزیر خارجه روز پنجشنبه برای گفتگو با مقام‌های پاکستانی وارد اسلام‌آباد شد.\n"
	for a, err := range article.ReadFrom(strings.NewReader(file), "kabul.txt", article.Auto, article.DefaultOptions()) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.Source, a.Line, a.Date)
		fmt.Println(a.Title)
		fmt.Println(len(strings.Split(a.Body, "\n")), "lines in the body")
	}
	// Output:
	// kabul.txt 1 2025-11-07
	// وزیر خارجه به اسلام‌آباد سفر کرد
	// 2 lines in the body
}

func ExampleParseDate() {
	for _, s := range []string{"2025-11-07", "0000-00-00", "2025-11-07T09:30:00+04:30", "2025-02-30"} {
		date, err := article.ParseDate(s)
		fmt.Printf("%q %v\n", date, err)
	}
	// Output:
	// "2025-11-07" <nil>
	// "" <nil>
	// "2025-11-07" <nil>
	// "" article: bad date: "2025-02-30": month 02 of 2025 has no day 30
}

func ExampleBatch_Read() {
	opts := article.DefaultOptions()
	opts.Stdin = strings.NewReader(`{"id":"a1","date":"2025-11-07","text":"خبر اول."}` + "\n" +
		`{"id":"a2","text":` + "\n" +
		`{"id":"a3","date":"2025-11-08","text":"خبر سوم."}` + "\n")
	batch := article.NewBatch(opts)
	for a, err := range batch.Read(context.Background(), []string{"-"}) {
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, article.ErrBadJSON))
			continue
		}
		fmt.Println(a.SourceID, a.Date, a.Body)
	}
	fmt.Println(batch.Stats())
	// Output:
	// a1 2025-11-07 خبر اول.
	// error: -:2: article: malformed JSON line: unexpected end of JSON input true
	// a3 2025-11-08 خبر سوم.
	// 1 file, 2 articles, 1 failed (malformed JSON line: 1), 0 skipped
}
