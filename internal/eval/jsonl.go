package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/brief-dev/brief/summarize"
)

// SummarizeLines is corpus mode: it summarises every row of the JSON Lines
// corpus r on all cores and writes one {"id", "summary"} line per row to w,
// in input order. A row that fails gives an {"id", "error"} line instead;
// the error, which names the line, also goes to failed, called in input
// order, and the other rows go on. A line longer than readOpt.MaxBytes
// fails the same way. The returned error is a read or write error that
// stopped the run.
func SummarizeLines(r io.Reader, w io.Writer, opt summarize.Options, readOpt summarize.ReadOptions, failed func(error)) error {
	return eachLine(r, readOpt.MaxBytes, func(cl *line) {
		var row Row
		if err := json.Unmarshal(cl.data, &row); err != nil {
			cl.fail(row.ID, fmt.Errorf("line %d: %v", cl.no, err))
			return
		}
		summary, err := row.Summarize(opt, readOpt)
		if err != nil {
			cl.fail(row.ID, fmt.Errorf("line %d: %v", cl.no, err))
			return
		}
		cl.out = summaryLine(row.ID, summary)
	}, func(cl *line) error {
		if cl.err != nil && failed != nil {
			failed(cl.err)
		}
		_, err := w.Write(cl.out)
		return err
	})
}

// fail records that the line failed with err; id is the row's, if known.
func (cl *line) fail(id json.RawMessage, err error) {
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

// summaryLine is the output line for a row's summary.
func summaryLine(id json.RawMessage, summary []string) []byte {
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
