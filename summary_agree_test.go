package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
)

// TestNoteSummaryIsSummarize pins the one ranking path: for the same -n or
// --ratio, the summary of "brief note" is exactly the selection of "brief
// summarize", on the bundled samples and the project's golden documents
// and, when ../shared/eval is beside the repository, on the 30 annotated
// development documents.
func TestNoteSummaryIsSummarize(t *testing.T) {
	docs, _ := filepath.Glob(filepath.Join("samples", "*.txt"))
	dev, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "briefing", "dev", "*.txt"))
	if len(dev) == 0 {
		t.Log("no development documents in ../shared/eval/briefing/dev: samples only")
	}
	docs = append(docs, dev...)
	if len(docs) < 4 {
		t.Fatalf("want at least the 4 samples, have %d documents", len(docs))
	}
	for _, doc := range docs {
		for _, length := range [][]string{nil, {"-n", "1"}, {"-n", "4"}, {"--ratio", "0.5"}} {
			t.Run(fmt.Sprint(filepath.Base(doc), length), func(t *testing.T) {
				var note struct {
					Summary []struct{ Index int } `json:"summary"`
				}
				var sum struct {
					Summary []struct{ Index int } `json:"summary"`
				}
				runJSON(t, append(append([]string{"brief", "note", "-f", "json"}, length...), doc), &note)
				runJSON(t, append(append([]string{"brief", "summarize", "--format", "json"}, length...), doc), &sum)
				if len(note.Summary) == 0 || fmt.Sprint(note.Summary) != fmt.Sprint(sum.Summary) {
					t.Errorf("note summary %v, summarize %v: want the same non-empty selection", note.Summary, sum.Summary)
				}
			})
		}
	}
}

// runJSON runs brief in process and decodes what it prints.
func runJSON(t *testing.T, args []string, v any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), v); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
}
