// Package ingest fills a store.Store from article files: it reads them
// with the article readers (files, folders, JSON Lines, "-"), extracts each
// with one shared pipeline.Pipeline on several workers, skips articles
// whose id is already stored before running the expensive stages, and
// writes the results in batched transactions, so that an interrupted run
// keeps every committed batch and a re-run finishes the job.
//
// Run is safe to call from several goroutines on different inputs; the
// Summary it returns lists the records that failed with their FILE:LINE.
package ingest
