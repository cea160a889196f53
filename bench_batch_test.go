package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// writeEvalDocs writes n documents of the development sets as .txt files
// into dir: the first n/2 of cnndm and the first n/2 of bbc. It skips when
// the data is absent.
func writeEvalDocs(tb testing.TB, dir string, n int) {
	tb.Helper()
	written := 0
	for k, name := range []string{"cnndm_dev.jsonl", "bbc_dev.jsonl"} {
		want := n/2 + k*(n%2) // the second set takes the odd one
		f, err := os.Open(filepath.Join(evalDir, "summaries", name))
		if err != nil {
			tb.Skip("no eval data:", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for got := 0; got < want && sc.Scan(); {
			var row struct {
				ID    string `json:"id"`
				Title string `json:"title"`
				Text  string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &row) != nil || row.Text == "" {
				continue
			}
			text := row.Text
			if row.Title != "" {
				text = row.Title + "\n\n" + text
			}
			if err := os.WriteFile(filepath.Join(dir, row.ID+".txt"), []byte(text), 0o644); err != nil {
				tb.Fatal(err)
			}
			got++
			written++
		}
		f.Close()
	}
	if written < n {
		tb.Skipf("only %d documents in the eval data", written)
	}
}

// BenchmarkBatch is "brief batch DIR -o OUT" over 1,000 documents of the
// development sets, in process, for Markdown and PDF notes on one and two
// workers; docs/s is reported as a metric. Every iteration writes into a
// fresh directory, and none is removed before the end: on ext4, creating
// files within a minute of deleting many makes the kernel scan for inodes
// not recently freed, which more than doubled the time of each note.
func BenchmarkBatch(b *testing.B) {
	const docs = 1000
	base := b.TempDir()
	in := filepath.Join(base, "in")
	os.Mkdir(in, 0o755)
	runs := 0 // names the output directories, unique across b.Run's calls
	writeEvalDocs(b, in, docs)
	for _, format := range []string{"md", "pdf"} {
		for _, jobs := range []int{1, 2} {
			name := fmt.Sprintf("%s/j%d", format, jobs)
			b.Run(name, func(b *testing.B) {
				for range b.N {
					runs++
					out := filepath.Join(base, "out", fmt.Sprint(runs))
					args := []string{"brief", "batch", in, "-o", out, "-f", format, "-j", fmt.Sprint(jobs), "-q"}
					if code := run(context.Background(), args, nil, io.Discard, io.Discard); code != 0 {
						b.Fatalf("exit code %d", code)
					}
				}
				b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
			})
		}
	}
}
