package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/brief-dev/brief/internal/outfile"
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

// readDocument reads and parses one input, in any format summarize.Load
// knows. Errors name the input; the reader's warnings go to stderr.
func readDocument(in input, stdin io.Reader, stderr io.Writer, opt summarize.ReadOptions) (*summarize.Document, error) {
	var r io.Reader = stdin
	var size int64 // a file's stat size, to read it in one buffer; 0 for stdin
	if in.path == "" && isTerminal(stdin) {
		// Without this, brief would seem to hang.
		fmt.Fprintln(stderr, "brief: reading the document from the terminal; end it with Ctrl-D (brief --help for usage)")
	}
	if in.path != "" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, &fileError{in.name, unwrapPathError(err)}
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return nil, &fileError{in.name, fmt.Errorf("is a directory")}
			}
			size = st.Size()
		}
		r = f
	}
	data, err := summarize.ReadAllSized(r, size, opt.MaxBytes)
	if err != nil {
		return nil, &fileError{in.name, inputError(err)}
	}
	d, err := summarize.Load(in.name, data, opt)
	if err != nil {
		return nil, &fileError{in.name, inputError(err)}
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(stderr, "brief: %s: %s\n", in.name, w)
	}
	return d, nil
}

// inputError words a reading error for the command line: the paths os
// errors repeat go, and a size limit says which flag raises it.
func inputError(err error) error {
	var tl *summarize.TooLargeError
	if errors.As(err, &tl) {
		return fmt.Errorf("%w (raise --max-bytes to read it)", err)
	}
	return unwrapPathError(err)
}

// unwrapPathError drops the paths that os errors repeat, since the message
// already starts with the file name.
func unwrapPathError(err error) error { return outfile.UnwrapPathError(err) }
