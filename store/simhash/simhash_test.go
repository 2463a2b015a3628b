package simhash

import (
	"strings"
	"testing"
)

// story is an invented article of about 150 words; SimHash at distance 3
// is meant for texts of this length or longer.
const story = "The foreign minister of Kazakhstan met his Uzbek counterpart in Tashkent on Monday to sign an agreement on water sharing along the Syr Darya river, officials said, adding that the deal would be reviewed next year by both parliaments. " +
	"Under the agreement the upstream reservoirs will release more water during the summer months, when cotton and wheat fields in the south need it most, and less in winter, when floods have damaged villages along the banks. " +
	"Farmers in the region have complained for years that the river runs dry before it reaches the old sea bed, and environmental groups welcomed the deal as a first step. " +
	"The two ministers also discussed a railway line that would link the capitals, trade in electricity, and border crossings that were closed during the pandemic and never fully reopened. " +
	"A joint commission is to meet in Astana in the autumn to set quotas for the following season and to publish the measurements of every gauge."

func TestNear(t *testing.T) {
	base := Of(story)
	tests := []struct {
		name string
		text string
		near bool
	}{
		// the same text
		{"identical", story, true},
		// white space and case are folded away
		{"spacing and case", strings.ToUpper(strings.ReplaceAll(story, " ", "  ")), true},
		// one word changed near the end, as an editor would
		{"one word edited", strings.Replace(story, "next year", "next spring", 1), true},
		// a different story altogether
		{"different story", "Heavy snow closed the Salang pass for a third day, stranding hundreds of trucks carrying fuel and flour to the northern provinces, the highway authority said on Tuesday evening.", false},
	}
	for _, tc := range tests {
		d := Distance(base, Of(tc.text))
		if (d <= MaxDistance) != tc.near {
			t.Errorf("%s: distance %d, want near=%v", tc.name, d, tc.near)
		}
	}
}

func TestPersianFolding(t *testing.T) {
	// Arabic yeh and kaf, and a half-space, fold to the same fingerprint.
	a := Of("رئیس‌جمهور کشور امروز به کابل رسید و با مقامات دیدار کرد")
	b := Of("رئيس‌جمهور كشور امروز به كابل رسيد و با مقامات ديدار كرد")
	if a != b {
		t.Errorf("folded spellings differ: %016x %016x", a, b)
	}
}

func TestKeysShareBand(t *testing.T) {
	// any three flipped bits leave at least one band equal
	h := Of(story)
	for _, flip := range [][3]int{{0, 1, 2}, {0, 16, 32}, {15, 31, 63}, {5, 40, 62}} {
		g := h ^ 1<<flip[0] ^ 1<<flip[1] ^ 1<<flip[2]
		ka, kb := Keys(h), Keys(g)
		shared := false
		for i := range ka {
			shared = shared || ka[i] == kb[i]
		}
		if !shared {
			t.Errorf("flips %v: no shared band", flip)
		}
	}
}

func TestWords(t *testing.T) {
	got := strings.Join(Words("hello, world 2025-11-07 کابل؛ شهر"), "|")
	if want := "hello|world|2025|11|07|کابل|شهر"; got != want {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func BenchmarkOf(b *testing.B) {
	text := strings.Repeat(story+" ", 8)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Of(text)
	}
}
