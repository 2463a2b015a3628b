// Package storetest is the test suite every store.Store implementation
// must pass: call Run from the implementation's tests with a function that
// opens a fresh, empty store.
//
// The articles it stores are invented for the tests.
package storetest
