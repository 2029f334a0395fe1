// Package ioutil implements some I/O utility functions, as Go's deprecated
// package io/ioutil: each is now a function of package io or os.
package ioutil

import (
	"io"
	"os"
)

// ReadAll reads from r until an error or EOF and returns the data it read (as io.ReadAll).
func ReadAll(r io.Reader) ([]byte, error) {
	return io.ReadAll(r)
}

// ReadFile reads the file named by filename and returns the contents (as os.ReadFile).
func ReadFile(filename string) ([]byte, error) {
	return os.ReadFile(filename)
}

// WriteFile writes data to a file named by filename (as os.WriteFile).
func WriteFile(filename string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// NopCloser returns a ReadCloser with a no-op Close method wrapping the provided Reader r.
func NopCloser(r io.Reader) io.ReadCloser {
	return nopCloser{r}
}

type nopCloser struct {
	io.Reader
}

func (nopCloser) Close() error { return nil }

// Discard is an io.Writer on which all Write calls succeed without doing anything (as io.Discard).
var Discard io.Writer = io.Discard
