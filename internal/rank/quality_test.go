package rank

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/brief-dev/brief/internal/rouge"
)

// evalDir holds the shared development sets; it is not shipped, so the
// quality test skips without it.
const evalDir = "../../../shared/eval/summaries"

type evalRow struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Reference string   `json:"reference"`
	K         int      `json:"k"`
}

// loadEval reads the held-out half (InTrainingHalf false) of one file, with
// paragraphs recovered from blank lines in text as the trainer does.
func loadEval(t *testing.T, name string) ([]*Doc, []evalRow) {
	f, err := os.Open(filepath.Join(evalDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*Doc
	var rows []evalRow
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var r evalRow
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		if InTrainingHalf(r.ID) {
			continue
		}
		d := &Doc{Title: r.Title}
		cursor, para := 0, 0
		for _, s := range r.Sentences {
			if at := strings.Index(r.Text[cursor:], s); at >= 0 {
				para += strings.Count(r.Text[cursor:cursor+at], "\n\n")
				cursor += at + len(s)
			}
			d.Sentences = append(d.Sentences, Sentence{Text: s, Paragraph: para})
		}
		r.Text, r.Sentences = "", nil
		docs = append(docs, d)
		rows = append(rows, r)
	}
	return docs, rows
}

// TestQualityHeldOut checks the default ranker against the bars it was
// built to clear, on documents it was not fitted on.
func TestQualityHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("quality test reads the evaluation sets; skipped in -short mode")
	}
	if _, err := os.Stat(evalDir); err != nil {
		t.Skip("evaluation data not present:", err)
	}
	r, err := Lookup("default")
	if err != nil {
		t.Fatal(err)
	}
	sc := rouge.NewScorer()
	for _, c := range []struct {
		file       string
		minR1      float64
		minR2      float64
		fixedK     int
		wantGTLead bool
	}{
		{"cnndm_dev.jsonl", 40.8, 17.8, 3, true},
		{"bbc_dev.jsonl", 68, 0, 0, true},
	} {
		docs, rows := loadEval(t, c.file)
		mean := func(rk Ranker) (r1, r2 float64) {
			var mu sync.Mutex
			var wg sync.WaitGroup
			for w := 0; w < 2; w++ {
				wg.Add(1)
				go func(w int) {
					defer wg.Done()
					var a, b float64
					for i := w; i < len(docs); i += 2 {
						k := rows[i].K
						if c.fixedK > 0 {
							k = c.fixedK
						}
						picks := Summarize(docs[i], rk, Budget{Sentences: k})
						lines := make([]string, len(picks))
						for j, p := range picks {
							lines[j] = docs[i].Sentences[p.Index].Text
						}
						s := sc.Compare(rows[i].Reference, strings.Join(lines, "\n"))
						a += s.R1.F1
						b += s.R2.F1
					}
					mu.Lock()
					r1 += a
					r2 += b
					mu.Unlock()
				}(w)
			}
			wg.Wait()
			n := float64(len(docs))
			return 100 * r1 / n, 100 * r2 / n
		}
		r1, r2 := mean(r)
		lead, _ := Lookup("lead")
		l1, l2 := mean(lead)
		t.Logf("%s held-out (%d docs): default R-1 %.2f R-2 %.2f; lead R-1 %.2f R-2 %.2f", c.file, len(docs), r1, r2, l1, l2)
		if r1 < c.minR1 || r2 < c.minR2 {
			t.Errorf("%s: default R-1 %.2f / R-2 %.2f below the bar %.1f / %.1f", c.file, r1, r2, c.minR1, c.minR2)
		}
		if c.wantGTLead && r1 <= l1 {
			t.Errorf("%s: default R-1 %.2f does not beat lead %.2f", c.file, r1, l1)
		}
	}
}
