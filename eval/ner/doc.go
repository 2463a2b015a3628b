// Package ner reads token-per-line named-entity data (the PEYMA Persian NER
// format: "token|TAG" with BIO tags written B_PER, I_ORG, O, and a blank
// line between sentences) and scores predicted tags by exact-span F1 per
// entity type.
//
// Its functions are pure and safe for concurrent use.
package ner
