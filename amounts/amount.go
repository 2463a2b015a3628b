package amounts

// The kinds of amount, as the output contract names them.
const (
	Money   = "money"
	Percent = "percent"
	Count   = "count"
)

// Amount is one amount found in a text: a sum of money, a percentage or a
// count of things, with the byte span it was read from.
//
// The span covers the number, its scale word and, for money and percent,
// the currency or percent sign or word ("۱.۱ میلیارد دالر", "$2.5 billion",
// "۷۰ درصد", "5%"). For a count it covers the number and its scale only
// ("۳۷", "5.5 میلیون", "six million"); the counted noun that follows is
// given in Thing but is left out of the span, because where a Persian noun
// phrase ends (طیارهٔ جت بوئینگ) is not the amount's business.
type Amount struct {
	Start, End int     // byte offsets into the text passed to Find
	Text       string  // the text of the span
	Kind       string  // Money, Percent or Count
	Value      float64 // in units: 1100000000 for ۱.۱ میلیارد; تومان are given as rials
	Unit       string  // ISO 4217 code for money; "" otherwise
	Thing      string  // for a count, the counted noun as written, without ezafe; else ""
}
