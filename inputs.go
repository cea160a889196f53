package main

import (
	"fmt"
	"io"
	"os"

	"github.com/brief-dev/brief/summarize"
)

// stdinName names standard input in messages and output.
const stdinName = "<stdin>"

// input is one document source named on the command line.
type input struct {
	name string // as the user wrote it, or stdinName
	path string // "" for standard input
}

// inputsFrom turns arguments into inputs; none means standard input.
func inputsFrom(args []string) []input {
	if len(args) == 0 {
		return []input{{name: stdinName}}
	}
	ins := make([]input, len(args))
	for i, a := range args {
		if a == "-" {
			ins[i] = input{name: stdinName}
		} else {
			ins[i] = input{name: a, path: a}
		}
	}
	return ins
}

// readDocument reads and parses one input. Errors name the input.
func readDocument(in input, stdin io.Reader, opt summarize.ReadOptions) (*summarize.Document, error) {
	var r io.Reader = stdin
	if in.path != "" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, &fileError{in.name, unwrapPathError(err)}
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, &fileError{in.name, fmt.Errorf("is a directory")}
		}
		r = f
	}
	d, err := summarize.Read(r, opt)
	if err != nil {
		return nil, &fileError{in.name, unwrapPathError(err)}
	}
	return d, nil
}

// unwrapPathError drops the path that os errors repeat, since the message
// already starts with the file name.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
