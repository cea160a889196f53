package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/summarize"
)

// runCorpus is "brief summarize --jsonl".
func runCorpus(c *cli.Context, opt summarize.Options, readOpt summarize.ReadOptions) error {
	out := bufio.NewWriterSize(c.App.Writer, 1<<16)
	failed := false
	for _, in := range inputsFrom(c.Args().Slice()) {
		var r io.Reader = c.App.Reader
		if in.path != "" {
			f, err := os.Open(in.path)
			if err != nil {
				fmt.Fprintln(c.App.ErrWriter, "brief:", &fileError{in.name, unwrapPathError(err)})
				failed = true
				continue
			}
			defer f.Close()
			r = f
		}
		err := eval.SummarizeLines(r, out, opt, readOpt, func(err error) {
			failed = true
			fmt.Fprintf(c.App.ErrWriter, "brief: %s: %v\n", in.name, err)
		})
		if err != nil {
			out.Flush()
			return &fileError{in.name, err}
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed {
		return errReported
	}
	return nil
}
