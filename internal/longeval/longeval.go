// Package longeval measures summaries of long documents (meetings, earnings
// calls, bills, reports) against human summaries under a word budget, the
// way the long-document development sets define it: the budget is the
// reference's length in words, the summary is whole sentences within it,
// and the score is ROUGE F1 against the reference.
//
// It reads the rows of those sets and runs a summariser over their raw
// text; it knows nothing of where the files live (the caller opens them).
package longeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/brief-dev/brief/internal/fit"
	"github.com/brief-dev/brief/internal/rank"
	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

// Corpora are the long-document sets, by the name of their file
// (NAME_dev.jsonl).
var Corpora = []string{"qmsum", "ectsum", "billsum", "crs"}

// Row is one document of a long-document set.
type Row struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`      // the document as the CLI would receive it
	Sentences []string `json:"sentences"` // the set's canonical segmentation of Text
	Reference string   `json:"reference"` // the human summary, one sentence per line
	Budget    int      `json:"budget_words"`
	Domain    string   `json:"domain"` // QMSum only: Academic, Committee or Product
}

// Train reports whether the row is in the half that rankers may be fitted
// and tuned on (rank.InTrainingHalf of its id); the other half is held out.
func (r *Row) Train() bool { return rank.InTrainingHalf(r.ID) }

// Read reads the rows of one set (JSON lines).
func Read(r io.Reader) ([]Row, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	var rows []Row
	for {
		var row Row
		if err := dec.Decode(&row); err == io.EOF {
			return rows, nil
		} else if err != nil {
			return nil, fmt.Errorf("row %d: %w", len(rows)+1, err)
		}
		rows = append(rows, row)
	}
}

// Words counts words as the sets define them for budgets: whitespace
// separated tokens holding at least one letter or digit, so that a lone
// "," or "—" (AMI and ICSI keep punctuation as tokens) is not a word.
func Words(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		for _, c := range f {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				n++
				break
			}
		}
	}
	return n
}

// Lead is the sets' LEAD baseline on the canonical sentences: sentences in
// order while the total stays within the budget, stopping at the first
// that would exceed it, and never empty.
func Lead(r *Row) []string {
	var out []string
	used := 0
	for i, s := range r.Sentences {
		w := Words(s)
		if i > 0 && used+w > r.Budget {
			break
		}
		out = append(out, s)
		used += w
	}
	return out
}

// Result is the outcome of summarising one row.
type Result struct {
	Scores rouge.Scores
	Words  int   // words of the summary (Words)
	Err    error // the summariser failed; Scores are zero
}

// Summarizer returns the summary of a row, one sentence per element.
type Summarizer func(r *Row) ([]string, error)

// Run summarises every row with f on all cores and scores each summary
// against its reference. Results are in row order.
func Run(rows []Row, f Summarizer, sc *rouge.Scorer) []Result {
	res := make([]Result, len(rows))
	fit.Parallel(len(rows), func(i int) {
		sum, err := f(&rows[i])
		if err != nil {
			res[i].Err = err
			return
		}
		text := strings.Join(sum, "\n")
		res[i] = Result{Scores: sc.Compare(rows[i].Reference, text), Words: Words(text)}
	})
	return res
}

// Raw is the summariser that reads a row's raw text as the CLI does
// (summarize.Parse) and summarises it with the named algorithm within the
// row's word budget, as `brief summarize --algorithm NAME --words N`.
func Raw(algorithm string) Summarizer {
	return func(r *Row) ([]string, error) {
		d, err := summarize.Parse([]byte(r.Text), summarize.ReadOptions{})
		if err != nil {
			return nil, err
		}
		s, err := summarize.Extract(d, summarize.Options{Words: r.Budget, Algorithm: algorithm})
		if err != nil {
			return nil, err
		}
		return s.Texts(), nil
	}
}

// Mean is the corpus figure of a set of results: mean F1 × 100 of ROUGE-1,
// ROUGE-2 and ROUGE-Lsum, and mean summary words, over the rows keep
// accepts; n is how many it accepted.
type Mean struct {
	N                 int
	R1, R2, RLsum, Wd float64
	Failures          int
}

// Average averages the results of the rows for which keep is true.
func Average(rows []Row, res []Result, keep func(*Row) bool) Mean {
	var m Mean
	for i := range rows {
		if !keep(&rows[i]) {
			continue
		}
		m.N++
		if res[i].Err != nil {
			m.Failures++
		}
		m.R1 += res[i].Scores.R1.F1
		m.R2 += res[i].Scores.R2.F1
		m.RLsum += res[i].Scores.RLsum.F1
		m.Wd += float64(res[i].Words)
	}
	if m.N > 0 {
		c := 100 / float64(m.N)
		m.R1 *= c
		m.R2 *= c
		m.RLsum *= c
		m.Wd /= float64(m.N)
	}
	return m
}

// RankDoc is the ranker's view of a parsed document, as summarize builds
// it: sentences with their paragraph, bullet and section, and the title
// unless it was inferred from the first sentence.
func RankDoc(d *summarize.Document) *rank.Doc {
	rd := &rank.Doc{Title: d.Title, Sentences: make([]rank.Sentence, len(d.Sentences))}
	if d.TitleInferred {
		rd.Title = ""
	}
	for i, s := range d.Sentences {
		rd.Sentences[i] = rank.Sentence{Text: s.Text, Paragraph: s.Paragraph, Bullet: s.Bullet, Section: s.Section}
	}
	return rd
}
