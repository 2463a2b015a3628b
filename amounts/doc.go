// Package amounts finds the amounts of a news text: sums of money,
// percentages and counts of things, each with its byte span, value and
// unit, in Persian (Dari and Iranian) and English.
//
// Find reads:
//
//   - digits in Latin, Persian (۰–۹) and Arabic-Indic (٠–٩) script, with
//     decimals (۱.۱, ۵٫۶, and the Iranian ۱/۵ before a scale or unit) and
//     thousands separators (3,500, ۳٬۵۰۰, 360،000);
//   - Persian number words (یک … نوزده, بیست … نود, صد/یکصد, دو صد/دویست,
//     compounds with و: سی و هفت, دو هزار و پانصد, یک و نیم, نیم میلیون) and
//     English ones (five, thirty-seven, two hundred and fifty, a dozen, a
//     million);
//   - scales: هزار, لک (a lakh, 100,000, in Dari), میلیون, میلیارد and
//     بیلیون (a thousand million, as Dari uses it), تریلیون, chains such as
//     هزار میلیارد, and a larger scale after a compound
//     (۵ هزار و ۲۰۰ هزار میلیارد = 5,200 × 10¹²); thousand, million,
//     billion, trillion, bn, and m/k/b glued to a sum of money ($5m);
//   - currencies, by word (دالر, دلار, یورو, افغانی, ریال, تومان, روبل, پوند,
//     یوان, درهم, تنگه, لیره, منات, dollars, euros, Afghanis, …), by a
//     qualifier (دالر کانادا, ریال سعودی, Canadian dollars), by sign ($ € £ ¥
//     ₹ ₽ ₺ ؋, US$, HK$, 350000$) and by ISO code in capitals (USD 5 million);
//   - percentages: درصد, درصدی, واحد درصد, ٪, %, percent, per cent,
//     percentage points;
//   - ranges, whose first end takes the unit or scale of the second: بین ۳۰
//     تا ۴۳ درصد, ۲ تا ۳ میلیون دالر, between 30 and 43 percent, 30-43%.
//
// Decisions:
//
//   - Money is in units of its ISO 4217 code. تومان is given in rials
//     (IRR, ×10). An unqualified روپیه or rupee is the Indian rupee when
//     the text names India more often than Pakistan, else the Pakistani
//     rupee; کلدار is always PKR. ¥ is JPY.
//   - A count's span covers its number and scale only ("۳۷", "5.5 میلیون");
//     the counted noun after it, when there is one, is in Thing. A bare
//     number in digits is a count too ("بیشتر از 2,300 زخمی شدند"); a
//     Persian number word needs a noun after it (پنج کشور), a compound
//     (سی و هفت) or a range. تن after a number is taken as people, as in
//     Dari news, not as metric tons.
//   - یک and one are counts only after a quantity word (تنها, حداقل, به علاوه,
//     بیش از, only, plus, at least) or before نفر, تن, person: elsewhere they
//     are the indefinite article (یک شرکت, "a company"), and یکی از, one of
//     and no one are never amounts. نه counts only before a counter (نه تن).
//
// Not amounts: years (سال ۱۴۰۴, در 2011, 2004: at the head of a line, a
// bare four-digit number from 1000 to 2100 unless it counts something:
// 2000 troops, حدود 2000 سرباز), dates (۲۵ آبان, ششم نومبر, Oct. 2,
// 2025-11-07, ۱۴۰۴/۸/۱۵), ordinals (50مین, 40 مین, 40th), ages (۲۰ ساله,
// aged 45, 20-year-old, "Simpson, 20,"), clock times (ساعت ۱۰, 1 ب.ظ,
// 10:30, 1 p.m.), spans of time (شش ماه, seven-year), measurements
// (ریشتر, درجه, کیلومتر, بشکه, magnitude, km, miles), labels (ماده ۵, درجه
// دو, F-16, COVID-19, Boeing 737, MH17, 4G), phone numbers, scores (3-1),
// fractions (دو سوم, two-thirds), vague numbers (چند صد, صد ها, hundreds),
// number words that refer back (این دو دولت, دو طرف, the two governments) and
// adjectives (دو جانبه, three-fold).
//
// The text should be Persian normalized by khabar/text/fa (the words are
// matched in that form, though Arabic ي ك and missing half-spaces are
// tolerated) or English. The words are Go tables in words_fa.go,
// words_en.go and currency.go.
//
// Find is safe for concurrent use: it keeps its working buffers in a
// sync.Pool and the tables are read-only after package initialization.
package amounts
