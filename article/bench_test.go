package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// dariSentences are news sentences written for these benchmarks, in Dari
// spelling (پولیس، ولایت، ملکی), with half-spaces and Persian digits as
// Afghan outlets write them.
var dariSentences = []string{
	"وزارت امور خارجه روز پنجشنبه اعلام کرد که هیئتی از کابل برای گفتگو در مورد تجارت و ترانزیت به اسلام‌آباد سفر می‌کند.",
	"به گفتهٔ مقام‌های محلی، در نتیجهٔ سرازیر شدن سیلاب در ولایت بدخشان دست‌کم ۲۳ تن جان باختند و صدها خانه تخریب شد.",
	"سخنگوی پولیس هرات گفت که سه تن در پیوند به قاچاق مواد مخدر بازداشت شده‌اند و تحقیقات ادامه دارد.",
	"دفتر هماهنگی کمک‌های بشری سازمان ملل متحد هشدار داد که بیش از ۱۵ میلیون نفر در افغانستان به کمک غذایی نیاز دارند.",
	"بانک جهانی در گزارش تازهٔ خود پیش‌بینی کرده است که رشد اقتصادی کشور در سال آینده به ۲.۷ درصد برسد.",
	"نمایندهٔ ویژهٔ روسیه در امور افغانستان پس از دیدار با وزیر خارجه گفت که مسکو خواهان گسترش همکاری‌های اقتصادی است.",
	"والی قندهار روز شنبه از پروژهٔ بازسازی سرک کابل–قندهار بازدید کرد و گفت کار آن تا پایان سال تکمیل می‌شود.",
	"صدها تن از باشندگان ولسوالی اندخوی در اعتراض به کمبود آب آشامیدنی در برابر دفتر ولسوالی تجمع کردند.",
	"وزیر تجارت ازبکستان اعلام کرد که حجم تجارت دو کشور در شش ماه نخست سال به ۹۰۰ میلیون دالر رسیده است.",
	"منابع امنیتی تأیید کردند که در انفجار ماین کنار جاده در ولایت ننگرهار دو فرد ملکی زخمی شدند.",
}

// dariArticle builds a dated-text article of about n bytes.
func dariArticle(n int, seed int) (headline, body string) {
	headline = "هیئت افغانستان برای گفتگوهای تجارتی به اسلام‌آباد رفت"
	var b strings.Builder
	b.WriteString(headline)
	for i := seed; b.Len() < n; i++ {
		b.WriteByte('\n')
		b.WriteString(dariSentences[i%len(dariSentences)])
		b.WriteByte(' ')
		b.WriteString(dariSentences[(i*7+3)%len(dariSentences)])
	}
	return headline, b.String()
}

func BenchmarkReadDatedText(b *testing.B) {
	_, body := dariArticle(8<<10, 0)
	file := []byte("date 2025-11-07 " + body + "\n")
	b.SetBytes(int64(len(file)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range ReadFrom(bytes.NewReader(file), "bench.txt", Auto, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkReadJSONLines(b *testing.B) {
	var stream bytes.Buffer
	const articles = 200
	for i := range articles {
		title, body := dariArticle(4<<10, i)
		line, err := json.Marshal(map[string]string{
			"id": fmt.Sprintf("bench-%d", i), "date": "2025-11-07T09:30:00+04:30",
			"title": title, "text": body, "url": fmt.Sprintf("https://example.af/news/%d", i), "lang": "fa-AF",
		})
		if err != nil {
			b.Fatal(err)
		}
		stream.Write(line)
		stream.WriteByte('\n')
	}
	data := stream.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range ReadFrom(bytes.NewReader(data), "bench.jsonl", JSONLines, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != articles {
			b.Fatalf("read %d articles; want %d", n, articles)
		}
	}
}
