package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/brief-dev/brief/internal/rank"
	"github.com/brief-dev/brief/summarize"
)

// Row is one line of a JSON Lines corpus. Either Text or Sentences holds
// the document; Sentences wins when both are present, since it is the
// canonical segmentation that published scores use.
// Text and Reference stay raw until needed: unquoting a long text that
// Sentences makes redundant is a third of the cost of corpus mode.
type Row struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      json.RawMessage `json:"text"`
	Sentences []string        `json:"sentences"`
	K         int             `json:"k"`
	Reference json.RawMessage `json:"reference"`
}

// Subsets are the parts of a corpus ReadCorpus can keep: every row, the
// half the default ranker was fitted on, or the other half.
var Subsets = []string{"all", "train", "test"}

// ReadCorpus reads the rows of a JSON Lines corpus that belong to subset
// (one of Subsets). Blank lines are skipped. A line that is not a JSON
// object, or is longer than summarize.DefaultMaxBytes, is passed to bad
// with its number and skipped, so one broken line does not cost the
// corpus; only a failure to read r is an error.
func ReadCorpus(r io.Reader, subset string, bad func(line int, err error)) ([]Row, error) {
	var rows []Row
	br := bufio.NewReaderSize(r, 1<<20)
	for no := 1; ; no++ {
		line, err := readLine(br, summarize.DefaultMaxBytes)
		if err == errLineTooLong {
			bad(no, err)
			continue
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var row Row
			if err := json.Unmarshal(line, &row); err != nil {
				bad(no, err)
			} else if row.keep(subset) {
				rows = append(rows, row)
			}
		}
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", no, err)
		}
	}
}

// keep reports whether the row belongs to subset.
func (r *Row) keep(subset string) bool {
	var id string
	if json.Unmarshal(r.ID, &id) != nil {
		id = string(r.ID)
	}
	return subset == "all" || rank.InTrainingHalf(id) == (subset == "train")
}

// reference returns the row's reference summary.
func (r *Row) reference() (string, error) {
	var s string
	if len(r.Reference) == 0 {
		return "", errors.New(`row has no "reference"`)
	}
	err := json.Unmarshal(r.Reference, &s)
	return s, err
}

// document builds the row's document.
func (r *Row) document(readOpt summarize.ReadOptions) (*summarize.Document, error) {
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

// Summarize returns the summary sentences of the row. The row's own k
// overrides the budget from the options.
func (r *Row) Summarize(opt summarize.Options, readOpt summarize.ReadOptions) ([]string, error) {
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
	return s.Texts(), nil
}
