// Package queue runs khabar on many machines: NATS JetStream is the
// durable work queue and a store.Store (PostgreSQL, or SQLite for a single
// worker) the shared database.
//
// Publish reads articles and publishes each, whole, as one JSON message to
// a work-queue stream, with the article id (the hash of its normalized
// body, pipeline.ID) as the JetStream message id, so that the stream's
// duplicate window drops repeats. An article too large for one message
// (the server's max_payload, 1 MiB by default) is published as a reference
// instead: its file path, line and record number, which a worker reads
// again from a file system it shares with the publisher.
//
// A Worker pulls batches from one durable consumer shared by every worker,
// extracts them with a pipeline.Pipeline, writes the batch to the store in
// one transaction (store.Put) and only then acknowledges it. A worker that
// dies mid-batch loses nothing: the messages come back after the ack wait
// and, since Put is idempotent by article id, nothing is stored twice. An
// article that panics the pipeline, or fails MaxDeliver times, goes to the
// dead-letter stream with its error and is taken off the queue. Store
// errors are retried with backoff while the batch's ack deadline is kept
// alive. Cancelling the context finishes the batch in hand within
// Config.Grace, or naks it.
//
// Status reads the queue's depth for progress reports; Metrics renders a
// worker's counters in the Prometheus text format.
//
// Publish and Status are safe for concurrent use; a Worker runs one loop
// (Run) and its Metrics may be read from any goroutine.
package queue
