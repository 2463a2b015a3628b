// Package searchterms makes the terms of khabar's full-text search: the
// folded words of an article and the pairs of adjacent words written
// together (Index), and the term groups a query matches with (Query), so
// that رئیس جمهور, رئیس‌جمهور and رئیسجمهور find each other in every store.
package searchterms
