// Package pubdate reads publication dates as web pages and feeds write
// them, and returns them as YYYY-MM-DD (Gregorian).
//
// Parse reads one date string, as found in a meta tag, a JSON-LD
// datePublished, a <time datetime> or a feed's pubDate: RFC 3339 and its
// relatives (2025-11-07T09:30:00+04:30, 2025-11-07 09:30:00, 2025-11-07),
// the RFC 1123 / RFC 822 dates of RSS (Fri, 07 Nov 2025 09:30:00 +0430,
// with or without the weekday, zone names or offsets), and, failing those,
// any date written in words or numbers that package khabar/dates reads:
// solar-hijri dates with Afghan (حمل … حوت) or Iranian (فروردین … اسفند)
// month names, Gregorian month names in Dari or Iranian spelling, Persian,
// Arabic-Indic or Latin digits (۱۵ حوت ۱۴۰۲, ۲۵ آبان ۱۴۰۴, 1404/08/20,
// پنجشنبه ۶ نومبر ۲۰۲۵، ساعت ۱۰:۳۰). Solar dates are converted exactly by
// khabar/calendar.
//
// A timestamp's date is taken as written, in its own offset, never moved
// to UTC: a page stamped 2025-11-07T01:00:00+04:30 was published on
// 7 November where it was written.
//
// Find looks for the first complete date (day, month and year) in a run
// of page text, such as a byline "۲۲ آبان ۱۴۰۴ - ۱۱:۲۴". Relative dates
// (دیروز, last Friday) and dates without a year are not taken: a
// publication date must stand on its own.
//
// Text is folded before it is searched: Arabic ي ى and ك become Persian ی
// and ک, as khabar/dates expects, so legacy pages in Windows-1256 (which
// has no Persian ی) are read too.
//
// Every function is pure and safe for concurrent use.
package pubdate
