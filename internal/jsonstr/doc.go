// Package jsonstr appends a Go string to a byte slice as a JSON string
// literal, as encoding/json writes it but without its HTML escaping: the
// one encoder of the contract's hand-written JSON (pipeline.AppendJSON)
// and of the JSON the stores send their databases.
package jsonstr
