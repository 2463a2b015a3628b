package recognize

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrent runs one recognizer from several goroutines and checks
// that every result equals the one of a lone run.
func TestConcurrent(t *testing.T) {
	r := testRecognizer(t)
	docs := []Doc{
		makeDoc("fa", "2025-11-07", "دونالد ترمپ، رئیس‌جمهور ایالات متحده، به قزاقستان سفر کرد. او گفت که شرکت «نوا سولار» آماده است."),
		makeDoc("en", "", "President Gjorgo Ivanski, 62, met Donald Trump in Skopje. He said the Baton Ridge Police Department was ready."),
		makeDoc("fa", "", "عباس عراقچی، وزیر خارجهٔ ایران، با سارا احمدی دیدار کرد. این کشور امیدوار است."),
	}
	want := make([][]Entity, len(docs))
	for i, d := range docs {
		want[i] = r.Recognize(d)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(docs)
				if got := r.Recognize(docs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("doc %d: concurrent result differs:\n%s\nwant\n%s", i, describe(got), describe(want[i]))
					return
				}
			}
		}()
	}
	wg.Wait()
}
