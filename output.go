package main

// output.go is where brief note -o writes.

import (
	"errors"
	"io"

	"github.com/brief-dev/brief/internal/outfile"
)

// writeOutput writes the note to path (-o) through render, atomically.
func writeOutput(path string, binary bool, render func(io.Writer) error) error {
	err := outfile.WriteFile(path, render)
	var fe *fileError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &fe):
		return err // the note failed, not the file
	}
	return &fileError{path, err}
}
