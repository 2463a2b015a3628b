// Package natstest starts NATS servers with JetStream inside a test
// process, alone or as a cluster on loopback ports, with their stores in
// the test's temporary directory, and stops and restarts single nodes for
// fault tests. A Cluster is not safe for concurrent use.
package natstest
