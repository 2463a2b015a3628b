// Package dates finds date expressions in Persian (Dari and Iranian) and
// English news text and resolves them against the article's date.
//
// Find returns, in text order and never overlapping, each expression's
// byte offsets, its value as a Gregorian date (YYYY-MM-DD, YYYY-MM or
// YYYY), its precision (Day, Month, Year) and whether it is Relative: its
// value depends on the article date. Persian text must be normalized as
// khabar/text/fa writes it (Persian ی and ک, half-spaces restored); digits
// may be Persian, Arabic-Indic or Latin, mixed at will.
//
// # Forms
//
//   - Weekdays: روز پنجشنبه, پنج‌شنبه / پنجشنبه / پنج شنبه, on Thursday:
//     the article date if it is that weekday, else the latest such day
//     before it. پنجشنبه گذشته / last Thursday is strictly before;
//     پنجشنبه آینده / next Thursday strictly after; پنجشنبه هفتهٔ گذشته is
//     the Thursday of the week before (weeks run Saturday to Friday). A
//     weekday followed by its date (پنجشنبه، ۶ نومبر) takes the date's
//     value. نماز جمعه, شب جمعه and the Sunday Times are not dates.
//   - Day and month: ششم نومبر, ۶ نومبر, ۶م نومبر, بیست و یکم اکتوبر,
//     ۱۵ برج حوت, 6 November, 6th November, November 6, Nov. 6, the 6th of
//     November. With a year (۲۵ آبان ۱۴۰۴, ۶ نومبر ۲۰۲۵, November 6, 2025)
//     the value is absolute; a solar date is converted exactly (package
//     khabar/calendar). Without one it is the latest such day on or before
//     the article date, unless the next one comes within 90 days after it
//     (upcomingDays): "۲۰ نومبر" in a 7 November article is upcoming,
//     "۱۵ مارچ" is the March just past. A day too large for its month in
//     any year (۳۱ جون) is not read; one that the year rules out (۳۰ اسفند
//     ۱۴۰۴) gives Value "".
//   - Month alone: در ماه جون, in June: the latest such month not after
//     the article's month (June 2025 for a November 2025 article). A solar
//     month alone (ماه حمل, تیرماه) is resolved to the latest such solar
//     month and given as the Gregorian month that holds its 15th day: a
//     solar month straddles two Gregorian months, and that one holds most
//     of it (Hamal → April, Aban → November, Jadi/Dey → January).
//   - Month and year: جون ۲۰۲۵, ثور ۱۴۰۴, آبان‌ماه ۱۴۰۴, November 2025; a
//     relative year after a month or day: ماه می سال گذشته, ۲۵ آبان امسال,
//     May last year.
//   - Year: سال ۲۰۲۴, سال ۱۴۰۳, ۱۴۰۳ هجری شمسی, ۲۰۲۴ میلادی, in 2024,
//     since 2011. A solar year is given as the Gregorian year holding most
//     of its days (1403 → 2024). Persian needs سال or a calendar marker
//     before or after the number, English a preposition before it (in,
//     since, until, during, …), so that counts (۲۰۲۴ نفر) are not years.
//     Without a marker, 1600–2199 is Gregorian and 1200–1599 solar, except
//     that a year nearer the article's lunar Hijri year than its solar year
//     (۱۴۴۶ in 2025), or above 1425 with no article date, is taken as lunar
//     and not read; lunar years with a marker (هجری قمری, ه.ق) are never
//     read.
//   - Relative words: امروز, دیروز, پریروز, فردا, پس‌فردا, روز گذشته
//     (yesterday), today, yesterday, tomorrow, last night (precision day);
//     هفتهٔ گذشته, این هفته, هفتهٔ آینده, last week, this week, next week;
//     ماه گذشته, ماه آینده, last month, this month; امسال, پارسال,
//     سال گذشته, سال پار, سال جاری, last year, this year; and counts ago:
//     دو روز پیش, ۳ ماه قبل, two days ago, a year ago. A week has no
//     precision of its own: it is given as the month that holds the same
//     weekday that many weeks away (precision month), which is right for
//     most of a week and never claims a day it does not know. امسال and
//     the other relative years count in Gregorian years unless a solar
//     marker follows (سال گذشتهٔ خورشیدی).
//     A count before (سه روز گذشته, the past three days; the last year) or
//     از after (دو سال پیش از انتخابات, before the election) makes these a
//     span or a time relative to something else, and they are not read.
//   - Numeric dates: 2025-11-07, 2025/11/07, ۱۴۰۳/۸/۲۵, 1404.08.25 and,
//     in Persian only, day first: ۲۵/۸/۱۴۰۳, 7/11/2025. Slashed dates with
//     the year last are not read in English (11/07/2025 is ambiguous).
//
// Month names that are also common words (Afghan حمل, میزان, اسد,
// سرطان, جدی, قوس, دلو; Iranian تیر, مهر, دی, آذر, بهمن; می, مه, اوت;
// English May, March, August) count only with a day number before them,
// a year after them, or ماه / برج before or ماه after them (in English:
// a preposition before them). English abbreviations (Nov, Sept) need a
// day or a year.
//
// With no article date (articleDate "", not a valid YYYY-MM-DD, or outside
// the years 1000–8999), every
// relative expression is still returned, with Value "".
//
// Find is safe for concurrent use: the word lists are built once at
// package initialization and only read afterwards.
package dates
