package main

import (
	"reflect"
	"testing"
)

func TestPersianNames(t *testing.T) {
	cases := []struct {
		name string // the phenomenon
		cldr string
		want []string
	}{
		// a plain name
		{"plain", "افغانستان", []string{"افغانستان"}},
		// a parenthesis is a name of its own
		{"parenthesis", "میانمار (برمه)", []string{"میانمار", "برمه"}},
		// the part after the Persian comma is a description
		{"comma", "هنگ\u200cکنگ، ناحیهٔ ویژهٔ حکومتی چین", []string{"هنگ\u200cکنگ"}},
		// Arabic yeh and kaf become Persian
		{"arabic letters", "كنيا", []string{"کنیا"}},
		// ۀ is written as heh + hamza above
		{"ezafe heh", "گينۀ استوایی", []string{"گینه\u0654 استوایی"}},
		// tatweel and doubled spaces go
		{"tatweel and spaces", "جزایر  كـوكوس", []string{"جزایر کوکوس"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := persianNames(c.cldr); !reflect.DeepEqual(got, c.want) {
				t.Errorf("persianNames(%q) = %q, want %q", c.cldr, got, c.want)
			}
		})
	}
}

func TestSplitDialects(t *testing.T) {
	cases := []struct {
		name              string // the phenomenon
		fa, af            []string
		both, dari, irani []string
	}{
		// one name in both goes under fa
		{"same", []string{"افغانستان"}, []string{"افغانستان"}, []string{"افغانستان"}, nil, nil},
		// different names go to their dialects
		{"different", []string{"ژاپن"}, []string{"جاپان"}, nil, []string{"جاپان"}, []string{"ژاپن"}},
		// names that differ only in a half-space are one, the fa spelling kept
		{"half-space only", []string{"بنگله\u200cدیش"}, []string{"بنگله دیش"}, []string{"بنگله\u200cدیش"}, nil, nil},
		// names that differ only in madda are one
		{"madda only", []string{"آلمان"}, []string{"المان"}, []string{"آلمان"}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			both, dari, irani := splitDialects(c.fa, c.af)
			if !reflect.DeepEqual(both, c.both) || !reflect.DeepEqual(dari, c.dari) || !reflect.DeepEqual(irani, c.irani) {
				t.Errorf("splitDialects(%q, %q) = %q, %q, %q; want %q, %q, %q", c.fa, c.af, both, dari, irani, c.both, c.dari, c.irani)
			}
		})
	}
}
