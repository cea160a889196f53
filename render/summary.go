package render

import (
	"encoding/json"
	"io"
	"math"

	"github.com/brief-dev/brief/summarize"
)

// summaryJSON is the JSON form of a summary: the picks plus facts of the
// document.
type summaryJSON struct {
	Source        string           `json:"source"`
	Title         string           `json:"title"`
	TitleInferred bool             `json:"title_inferred"`
	Date          *string          `json:"date"`
	Algorithm     string           `json:"algorithm"`
	Kind          string           `json:"document_kind"`            // the kind of document the ranker was chosen for, or ""
	KindConf      float64          `json:"document_kind_confidence"` // the classifier's probability for it
	Counts        countsJSON       `json:"counts"`
	Headings      []string         `json:"headings"`
	Summary       []summarize.Pick `json:"summary"`
}

type countsJSON struct {
	Sentences  int `json:"sentences"`
	Words      int `json:"words"`
	Paragraphs int `json:"paragraphs"`
	Headings   int `json:"headings"`
	Picked     int `json:"picked"`
}

// SummaryJSON writes the summary s of document d, read from source, as
// indented JSON: the picks with their offsets, scores and ranks, and the
// document's title, date, headings and counts ("brief summarize --format
// json").
func SummaryJSON(w io.Writer, source string, d *summarize.Document, s *summarize.Summary) error {
	headings := d.Headings()
	if headings == nil {
		headings = []string{}
	}
	paragraphs := 0
	if n := len(d.Sentences); n > 0 {
		paragraphs = d.Sentences[n-1].Paragraph + 1
	}
	out := summaryJSON{
		Source: source, Title: d.Title, TitleInferred: d.TitleInferred, Algorithm: s.Algorithm,
		Kind: s.Kind, KindConf: math.Round(s.KindConfidence*1000) / 1000,
		Counts:   countsJSON{len(d.Sentences), d.Words, paragraphs, len(headings), len(s.Picks)},
		Headings: headings, Summary: s.Picks,
	}
	if d.Date != "" {
		out.Date = &d.Date
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
