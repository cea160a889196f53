package eval

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/brief-dev/brief/internal/rank"
	"github.com/brief-dev/brief/summarize"
)

func TestSummarizeLinesKeepsOrder(t *testing.T) {
	var in strings.Builder
	n := 200 // several batches on every core
	for i := range n {
		switch i % 50 {
		case 7:
			fmt.Fprintf(&in, "{\"id\": %d, \"text\": \n", i) // not JSON
		case 8:
			fmt.Fprintf(&in, "{\"id\": %d}\n\n", i) // no document, then a blank line
		case 9:
			fmt.Fprintf(&in, "{\"id\": %d, \"text\": \"%s\"}\n", i, strings.Repeat("Long sentence here. ", 20))
		default:
			fmt.Fprintf(&in, "{\"id\": %d, \"sentences\": [\"Row %d opens.\", \"It goes on.\", \"It ends.\"], \"k\": 1}\n", i, i)
		}
	}
	var out strings.Builder
	var failures []string
	err := SummarizeLines(strings.NewReader(in.String()), &out, summarize.Options{Algorithm: "lead"},
		summarize.ReadOptions{MaxBytes: 300}, func(err error) { failures = append(failures, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("%d output lines for %d rows", len(lines), n)
	}
	for i, l := range lines {
		var row struct {
			ID      *int     `json:"id"`
			Summary []string `json:"summary"`
			Error   string   `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, l)
		}
		switch i % 50 {
		case 7, 9: // the broken line has no id to give; the long one is not read
			if row.ID != nil || row.Error == "" {
				t.Errorf("line %d = %s, want an error with a null id", i+1, l)
			}
		case 8:
			if row.ID == nil || *row.ID != i || !strings.Contains(row.Error, "neither") {
				t.Errorf("line %d = %s, want id %d and the missing document", i+1, l, i)
			}
		default:
			if row.ID == nil || *row.ID != i || len(row.Summary) != 1 || row.Summary[0] != fmt.Sprintf("Row %d opens.", i) {
				t.Errorf("line %d = %s, want row %d's lead sentence", i+1, l, i)
			}
		}
	}
	// Failures arrive in input order and name their input line (blank
	// lines count: line 9 of the input is the tenth).
	if len(failures) != 12 || !strings.HasPrefix(failures[0], "line 8:") || !strings.HasPrefix(failures[1], "line 9:") ||
		failures[2] != "line 11: longer than 300 bytes" {
		t.Errorf("failures = %q", failures)
	}
}

func TestReadCorpus(t *testing.T) {
	var in strings.Builder
	train := 0
	for i := range 40 {
		id := fmt.Sprintf("doc%d", i)
		if rank.InTrainingHalf(id) {
			train++
		}
		fmt.Fprintf(&in, "{\"id\": %q, \"text\": \"A. B.\", \"reference\": \"A.\"}\n\n", id)
	}
	for subset, want := range map[string]int{"all": 40, "train": train, "test": 40 - train} {
		rows, err := ReadCorpus(strings.NewReader(in.String()), subset, func(line int, err error) { t.Errorf("line %d: %v", line, err) })
		if err != nil || len(rows) != want {
			t.Errorf("ReadCorpus(%s) = %d rows, %v; want %d", subset, len(rows), err, want)
		}
	}
	if train == 0 || train == 40 {
		t.Errorf("the 40 ids all fall in one half (%d in training)", train)
	}
	// A bad line is named and skipped; the rows around it are kept.
	var bad []int
	rows, err := ReadCorpus(strings.NewReader("{\"id\": 1}\n\n[1]\n{bad\n{\"id\": 2}\n"), "all", func(line int, err error) { bad = append(bad, line) })
	if err != nil || len(rows) != 2 || fmt.Sprint(bad) != "[3 4]" {
		t.Errorf("ReadCorpus(bad lines 3 and 4) = %d rows, bad lines %v, %v; want 2 rows, [3 4], nil", len(rows), bad, err)
	}
}

func TestScore(t *testing.T) {
	rows, err := ReadCorpus(strings.NewReader(`{"id": "a", "sentences": ["The council met on Monday.", "It talked.", "Nothing else."], "reference": "The council met on Monday.", "k": 1}
{"id": "b", "text": "Ministers signed the treaty in Rome. Later they dined.", "reference": "Ministers signed the treaty in Rome."}
{"id": "c", "sentences": [], "reference": "x"}
`), "all", func(line int, err error) { t.Errorf("line %d: %v", line, err) })
	if err != nil {
		t.Fatal(err)
	}
	docs, elapsed := SummarizeRows(rows, summarize.Options{Sentences: 1, Algorithm: "lead"})
	if docs[2].Err == nil || docs[0].Err != nil || docs[1].Summary[0] != "Ministers signed the treaty in Rome." {
		t.Fatalf("SummarizeRows = %+v", docs)
	}
	res := Score("lead", docs, elapsed+time.Millisecond)
	// Two perfect summaries and one failure that scores 0: a mean of 66.67.
	if res.Docs != 3 || res.Failed != 1 || fmt.Sprintf("%.2f", res.Scores["rouge1"][0]) != "66.67" {
		t.Errorf("Score = %+v, want 3 documents, 1 failed, ROUGE-1 66.67", res)
	}
	var buf strings.Builder
	if err := WriteSummaries(&buf, docs); err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"a","summary":"The council met on Monday."}`; !strings.HasPrefix(buf.String(), want+"\n") {
		t.Errorf("WriteSummaries = %s, want it to start %s", buf.String(), want)
	}
}
