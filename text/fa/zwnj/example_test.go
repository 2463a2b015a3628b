package zwnj_test

import (
	"fmt"
	"strings"

	"khabar/text/fa/zwnj"
)

func ExampleRestorer_String() {
	out := zwnj.Default().String("مقامهای دولتی میگویند رئیس جمهور به کشور ها سفر کرده است")
	// Show each half-space as "_".
	fmt.Println(strings.ReplaceAll(out, "\u200c", "_"))
	// Output: مقام_های دولتی می_گویند رئیس_جمهور به کشورها سفر کرده است
}

func ExampleRestorer_WithWords() {
	r := zwnj.Default().WithWords([]string{"هبت\u200cالله", "شوکت ترین"})
	out := r.String("ملا هبتالله و شوکت ترین")
	fmt.Println(strings.ReplaceAll(out, "\u200c", "_"))
	// Output: ملا هبت_الله و شوکت ترین
}
