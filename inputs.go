package main

import (
	"fmt"
	"io"
	"math"
	"os"

	"github.com/brief-dev/brief/internal/formats"
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

// readDocument reads and parses one input, in any format loadDocument
// knows. Errors name the input; the reader's warnings go to stderr.
func readDocument(in input, stdin io.Reader, stderr io.Writer, opt summarize.ReadOptions) (*summarize.Document, error) {
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
	data, err := summarize.ReadAll(r, opt.MaxBytes)
	if err != nil {
		return nil, &fileError{in.name, unwrapPathError(err)}
	}
	d, _, warnings, err := loadDocument(in.name, data, opt)
	for _, w := range warnings {
		fmt.Fprintf(stderr, "brief: %s: %s\n", in.name, w)
	}
	if err != nil {
		return nil, &fileError{in.name, err}
	}
	return d, nil
}

// loadDocument turns a file's bytes into a document: Markdown, HTML, DOCX
// and PDF are first reduced to text by internal/formats (detected by content
// as well as by name); text goes straight to the reader. A title or date
// from the file's metadata fills in what the text itself lacks. One-per-line
// input is always read as text. It returns the format read and the
// readers' warnings.
func loadDocument(name string, data []byte, opt summarize.ReadOptions) (*summarize.Document, string, []string, error) {
	format := formats.Text
	var x *formats.Extracted
	if !opt.OnePerLine {
		var err error
		if format, err = formats.Detect(name, data[:min(len(data), 8<<10)]); err != nil {
			return nil, "", nil, err
		}
		if format != formats.Text {
			x, err = formats.Extract(name, data, format, formats.Limits{MaxBytes: effectiveMax(opt.MaxBytes)})
			if err != nil {
				return nil, "", nil, err
			}
			data = []byte(x.Text)
		}
	}
	d, err := summarize.Parse(data, opt)
	if err != nil || x == nil {
		return d, format.String(), nil, err
	}
	if x.Title != "" && (d.Title == "" || d.TitleInferred) {
		d.Title, d.TitleInferred = x.Title, false
	}
	if d.Date == "" {
		d.Date = x.Date
	}
	return d, format.String(), x.Warnings, nil
}

// unwrapPathError drops the paths that os errors repeat, since the message
// already starts with the file name.
func unwrapPathError(err error) error { return outfile.UnwrapPathError(err) }

// effectiveMax is --max-bytes as summarize reads it: 0 is the default and
// a negative value no limit (which the format readers do not have).
func effectiveMax(n int64) int64 {
	switch {
	case n == 0:
		return summarize.DefaultMaxBytes
	case n < 0:
		return math.MaxInt64
	}
	return n
}
