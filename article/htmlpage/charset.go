package htmlpage

import (
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// Decode turns a page into UTF-8 and names the encoding it used: a byte
// order mark first, then the charset of contentType (an HTTP header, ""
// when unknown), then a <meta charset> or <meta http-equiv> in the first
// 1024 bytes. A page that declares nothing (or only the windows-1252
// default) is UTF-8 when it is valid UTF-8, else windows-1256 when most
// of its non-ASCII bytes decode to Arabic-script letters there, else
// windows-1252. Bytes invalid in the chosen encoding become U+FFFD.
func Decode(data []byte, contentType string) (string, string) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain && name == "windows-1252" {
		name = sniffEncoding(data)
		enc, _ = charset.Lookup(name)
	}
	if name == "utf-8" {
		if utf8.Valid(data) {
			return string(data), name
		}
		return string([]rune(string(data))), name // U+FFFD for bad bytes
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return string([]rune(string(data))), "utf-8"
	}
	return string(out), name
}

// sniffEncoding guesses the encoding of a page that declares none.
func sniffEncoding(data []byte) string {
	if utf8.Valid(data) {
		return "utf-8"
	}
	high, arabic := 0, 0
	table := charmap.Windows1256
	for _, c := range data {
		if c < 0x80 {
			continue
		}
		high++
		r := table.DecodeByte(c)
		if r >= 0x0600 && r <= 0x06FF || r == 0x200C {
			arabic++
		}
	}
	if high > 0 && arabic*2 >= high {
		return "windows-1256"
	}
	return "windows-1252"
}
