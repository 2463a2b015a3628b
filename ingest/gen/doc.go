// Package gen generates invented news articles from templates, in Dari,
// Iranian Persian and English, for benchmarks and crash tests: countries
// meeting, signing, accusing and trading, with amounts and dates, so that
// the pipeline finds entities, amounts and events in them. About one
// article in ten is a lightly edited copy of an earlier one (a syndicated
// story). Nothing here comes from real news.
//
// A Generator is not safe for concurrent use.
package gen
