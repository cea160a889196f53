package eval

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
)

// WriteSummaries writes the summaries as JSON Lines {"id", "summary"},
// the summary's sentences joined by newlines, for outside scorers such as
// rouge.py.
func WriteSummaries(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(struct {
			ID      json.RawMessage `json:"id"`
			Summary string          `json:"summary"`
		}{d.ID, strings.Join(d.Summary, "\n")}); err != nil {
			return err
		}
	}
	return bw.Flush()
}
