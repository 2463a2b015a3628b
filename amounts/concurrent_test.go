package amounts

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentFind runs Find from many goroutines at once, as the
// pipeline does, and checks every result against a serial run (run it with
// -race to check the pooled buffers).
func TestConcurrentFind(t *testing.T) {
	texts := []struct{ s, lang string }{
		{"سران پنج کشور و ۱.۱ میلیارد دالر و ۷۰ درصد و ۳۷ طیاره", "fa"},
		{"At least 412 people, $2.5bn and 70% of 16,000 voters", "en"},
		{"بین ۳۰ تا ۴۳ درصد و دو هزار و پانصد سرباز", "fa"},
	}
	want := make([][]Amount, len(texts))
	for i, tx := range texts {
		want[i] = Find(tx.s, tx.lang)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := (g + n) % len(texts)
				if got := Find(texts[i].s, texts[i].lang); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("concurrent Find(%q) = %v, want %v", texts[i].s, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
