package calendar

import "testing"

func BenchmarkSolarToGregorian(b *testing.B) {
	for i := range b.N {
		s := Solar{1300 + i%200, 1 + i%12, 1 + i%29}
		if _, err := s.Gregorian(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGregorianToSolar(b *testing.B) {
	for i := range b.N {
		g := Gregorian{1930 + i%170, 1 + i%12, 1 + i%28}
		if _, err := g.Solar(); err != nil {
			b.Fatal(err)
		}
	}
}
