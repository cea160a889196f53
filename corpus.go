package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/summarize"
)

// corpusRow is one line of a JSON Lines corpus. Either Text or Sentences
// holds the document; Sentences wins when both are present, since it is the
// canonical segmentation that published scores use.
// Text and Reference stay raw until needed: unquoting a long text that
// Sentences makes redundant is a third of the cost of corpus mode.
type corpusRow struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      json.RawMessage `json:"text"`
	Sentences []string        `json:"sentences"`
	K         int             `json:"k"`
	Reference json.RawMessage `json:"reference"`
}

// reference returns the row's reference summary.
func (r *corpusRow) reference() (string, error) {
	var s string
	if len(r.Reference) == 0 {
		return "", errors.New(`row has no "reference"`)
	}
	err := json.Unmarshal(r.Reference, &s)
	return s, err
}

// document builds the row's document.
func (r *corpusRow) document(readOpt summarize.ReadOptions) (*summarize.Document, error) {
	switch {
	case r.Sentences != nil:
		if len(r.Sentences) == 0 {
			return nil, summarize.ErrEmpty
		}
		// The text only serves to find paragraphs; unquoting a long text
		// without a blank line in it would cost much and find none.
		var text string
		if bytes.Contains(r.Text, []byte(`\n\n`)) {
			json.Unmarshal(r.Text, &text)
		}
		d := summarize.FromSentences(text, r.Sentences)
		d.Title = r.Title
		return d, nil
	case r.Text != nil && string(r.Text) != "null":
		var text string
		if err := json.Unmarshal(r.Text, &text); err != nil {
			return nil, fmt.Errorf(`"text": %v`, err)
		}
		return summarize.Parse([]byte(text), readOpt)
	}
	return nil, errors.New(`row has neither "text" nor "sentences"`)
}

// summarizeRow returns the summary sentences of one corpus row. A row's own
// k overrides the budget from the options.
func summarizeRow(r *corpusRow, opt summarize.Options, readOpt summarize.ReadOptions) ([]string, error) {
	d, err := r.document(readOpt)
	if err != nil {
		return nil, err
	}
	if r.K > 0 {
		opt.Sentences, opt.Ratio, opt.Words = r.K, 0, 0
	}
	s, err := summarize.Extract(d, opt)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(s.Picks))
	for i, p := range s.Picks {
		out[i] = p.Text
	}
	return out, nil
}

// corpusLine is one input line and what became of it.
type corpusLine struct {
	no   int    // 1-based line number
	data []byte // the line
	out  []byte // the output line, newline included
	err  error  // what went wrong with the line; out then reports it
}

// eachLine calls fn on every non-blank line of r in parallel on all cores
// and then hands each line, in input order, to emit. Lines travel in
// batches so that channel traffic stays small next to the work.
func eachLine(r io.Reader, maxLine int64, fn func(*corpusLine), emit func(*corpusLine) error) error {
	const batchSize = 32
	workers := runtime.GOMAXPROCS(0)
	type batch struct {
		lines []*corpusLine
		done  chan struct{}
	}
	jobs := make(chan *batch, workers*2)
	ordered := make(chan *batch, workers*4)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(ordered)
		br := bufio.NewReaderSize(r, 1<<20)
		no := 0
		cur := &batch{done: make(chan struct{})}
		send := func() {
			jobs <- cur
			ordered <- cur
			cur = &batch{done: make(chan struct{})}
		}
		for {
			line, err := readLine(br, maxLine)
			no++
			if len(bytes.TrimSpace(line)) > 0 || errors.Is(err, errLineTooLong) {
				cl := &corpusLine{no: no, data: line}
				if errors.Is(err, errLineTooLong) {
					cl.fail(nil, fmt.Errorf("line %d: longer than %d bytes", no, maxLine))
				}
				cur.lines = append(cur.lines, cl)
				if len(cur.lines) == batchSize {
					send()
				}
			}
			if err != nil && !errors.Is(err, errLineTooLong) {
				if err != io.EOF {
					readErr = err
				}
				break
			}
		}
		if len(cur.lines) > 0 {
			send()
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				for _, cl := range b.lines {
					if cl.out == nil {
						fn(cl)
					}
				}
				close(b.done)
			}
		}()
	}
	var emitErr error
	for b := range ordered {
		<-b.done
		for _, cl := range b.lines {
			if emitErr == nil {
				emitErr = emit(cl)
			}
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return readErr
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline. A line longer than max is
// skipped to its end and reported with errLineTooLong.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || err == io.EOF {
				return nil, errLineTooLong
			}
			return nil, err
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// fail records that the line failed with err; id is the row's, if known.
func (cl *corpusLine) fail(id json.RawMessage, err error) {
	cl.err, cl.out = err, errorLine(id, err)
}

// errorLine is the output line for a row that failed.
func errorLine(id json.RawMessage, err error) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b, _ := json.Marshal(struct {
		ID    json.RawMessage `json:"id"`
		Error string          `json:"error"`
	}{id, err.Error()})
	return append(b, '\n')
}

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
		err := eachLine(r, readOpt.MaxBytes, func(cl *corpusLine) {
			var row corpusRow
			if err := json.Unmarshal(cl.data, &row); err != nil {
				cl.fail(row.ID, fmt.Errorf("line %d: %v", cl.no, err))
				return
			}
			summary, err := summarizeRow(&row, opt, readOpt)
			if err != nil {
				cl.fail(row.ID, fmt.Errorf("line %d: %v", cl.no, err))
				return
			}
			cl.out = marshalSummaryLine(row.ID, summary)
		}, func(cl *corpusLine) error {
			if cl.err != nil {
				failed = true
				fmt.Fprintf(c.App.ErrWriter, "brief: %s: %v\n", in.name, cl.err)
			}
			_, err := out.Write(cl.out)
			return err
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

func marshalSummaryLine(id json.RawMessage, summary []string) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(struct {
		ID      json.RawMessage `json:"id"`
		Summary []string        `json:"summary"`
	}{id, summary})
	return buf.Bytes()
}
