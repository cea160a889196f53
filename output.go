package main

// output.go is where brief note -o writes: see outfile.WriteFile for the
// rule.

import (
	"errors"
	"io"

	"github.com/brief-dev/brief/internal/outfile"
)

// writeOutput writes the note to path (-o) through render. Binary output
// (a PDF) is refused on a terminal there as on standard output.
func writeOutput(path string, binary bool, render func(io.Writer) error) error {
	err := outfile.WriteFile(path, outfile.Options{NoTerminal: binary}, render)
	var fe *fileError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, outfile.ErrTerminal):
		return usagef("refusing to write PDF to a terminal (%s): use -o FILE.pdf or redirect", path)
	case errors.As(err, &fe):
		return err // the note failed, not the file
	}
	return &fileError{path, err}
}
