package langid_test

import (
	"fmt"

	"khabar/text/langid"
)

func ExampleDetect() {
	r := langid.Detect("پولیس ولسوالی پغمان می‌گوید که این قرارداد ۲ میلیون دالر ارزش دارد.")
	fmt.Println(r.Lang, r.Variant)
	for _, e := range r.Evidence {
		fmt.Printf("%s %s ×%d\n", e.Marker, e.Variant, e.Count)
	}

	r = langid.Detect("پلیس شهرستان ورامین اعلام کرد که این قرارداد ۲ میلیون دلار ارزش دارد.")
	fmt.Println(r.Lang, r.Variant)

	r = langid.Detect("د کابل ښار په لویدیځ کې پولیسو دوه کسان ونیول.")
	fmt.Println(r.Lang, r.Variant)
	// Output:
	// fa fa-AF
	// دالر fa-AF ×1
	// ولسوال fa-AF ×1
	// پولیس fa-AF ×1
	// fa fa-IR
	// ps
}
