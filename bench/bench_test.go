package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/render"
	"github.com/brief-dev/brief/summarize"
)

// evalDir is the development data beside the repository.
func evalDir() string {
	if d := os.Getenv("BRIEF_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "eval")
}

// corpusRow is the part of a corpus line the benchmarks use.
type corpusRow struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
}

// loadCorpus reads a JSON Lines corpus of ../shared/eval/summaries, or
// skips the benchmark when the data is absent.
func loadCorpus(tb testing.TB, name string) []corpusRow {
	tb.Helper()
	f, err := os.Open(filepath.Join(evalDir(), "summaries", name))
	if err != nil {
		tb.Skip("no eval data:", err)
	}
	defer f.Close()
	var rows []corpusRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r corpusRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return rows
}

// samples returns the bundled sample documents (always present).
func samples(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	if len(files) == 0 {
		tb.Fatal("no samples in ../samples")
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = b
	}
	return out
}

// founding is the founding sample, the document the note bars were set on.
func founding(tb testing.TB) []byte {
	return samples(tb)["india-russia-irigc"]
}

// briefingDocs are the 30 annotated press releases of
// ../shared/eval/briefing/dev, or nil when absent.
func briefingDocs(tb testing.TB) [][]byte {
	files, _ := filepath.Glob(filepath.Join(evalDir(), "briefing", "dev", "*.txt"))
	var docs [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, b)
	}
	return docs
}

func parse(tb testing.TB, raw []byte) *summarize.Document {
	d, err := summarize.Parse(raw, summarize.ReadOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkDocument is read + structure + split + rank of one document,
// the work "brief summarize" does per file. One op is one document; the
// corpus is cycled. cnndm-text reads the raw text of the CNN/DailyMail dev
// stories (4 KB on average), cnndm-sentences ranks their given sentences
// (what "brief summarize --jsonl" does with a "sentences" row), and
// samples is the four bundled press releases.
func BenchmarkDocument(b *testing.B) {
	b.Run("cnndm-text", func(b *testing.B) {
		rows := loadCorpus(b, "cnndm_dev.jsonl")
		raws := make([][]byte, len(rows))
		size := 0
		for i, r := range rows {
			raws[i] = []byte(r.Text)
			size += len(r.Text)
		}
		b.SetBytes(int64(size / len(rows)))
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d, err := summarize.Parse(raws[i%len(raws)], summarize.ReadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := summarize.Extract(d, summarize.Options{Sentences: 3}); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	})
	b.Run("cnndm-sentences", func(b *testing.B) {
		rows := loadCorpus(b, "cnndm_dev.jsonl")
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			r := rows[i%len(rows)]
			d := summarize.FromSentences(r.Text, r.Sentences)
			if _, err := summarize.Extract(d, summarize.Options{Sentences: 3}); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	})
	b.Run("samples", func(b *testing.B) {
		var raws [][]byte
		for _, raw := range samples(b) {
			raws = append(raws, raw)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			d := parse(b, raws[i%len(raws)])
			if _, err := summarize.Extract(d, summarize.Options{}); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkExtract is what a note needs of a parsed document: the summary
// (summarize.Extract) and the brief (briefing.New: parties, outcomes, BLUF,
// background and next steps, weighed by the summary's scores). One op is
// one document.
func BenchmarkExtract(b *testing.B) {
	run := func(b *testing.B, raws [][]byte) {
		docs := make([]*summarize.Document, len(raws))
		for i, raw := range raws {
			docs[i] = parse(b, raw)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			newBrief(b, docs[i%len(docs)], "bench")
			i++
		}
	}
	b.Run("founding", func(b *testing.B) { run(b, [][]byte{founding(b)}) })
	b.Run("briefing-dev", func(b *testing.B) {
		docs := briefingDocs(b)
		if len(docs) == 0 {
			b.Skip("no eval data: ../shared/eval/briefing/dev")
		}
		run(b, docs)
	})
	b.Run("cnndm-text", func(b *testing.B) {
		rows := loadCorpus(b, "cnndm_dev.jsonl")
		raws := make([][]byte, len(rows))
		for i, r := range rows {
			raws[i] = []byte(r.Text)
		}
		run(b, raws)
	})
}

// BenchmarkNew is briefing.New alone on each CNN/DailyMail dev story,
// parsed and summarised beforehand: the bar is a median of 1 ms a
// document. Each op is one pass over the stories; the median and the 90th
// percentile of the time of one document are reported as metrics.
func BenchmarkNew(b *testing.B) {
	rows := loadCorpus(b, "cnndm_dev.jsonl")
	type input struct {
		d   *summarize.Document
		sum *summarize.Summary
	}
	in := make([]input, len(rows))
	for i, r := range rows {
		d := parse(b, []byte(r.Text))
		sum, err := summarize.Extract(d, summarize.Options{})
		if err != nil {
			b.Fatal(err)
		}
		in[i] = input{d, sum}
	}
	times := make([]time.Duration, 0, len(in))
	for b.Loop() {
		for _, x := range in {
			start := time.Now()
			briefing.New(x.d, x.sum, briefing.Options{Source: "bench"})
			times = append(times, time.Since(start))
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds())/1e6, "median-ms/doc")
	b.ReportMetric(float64(times[len(times)*9/10].Nanoseconds())/1e6, "p90-ms/doc")
}

// BenchmarkRender renders the founding sample's brief: Markdown (bar 2 ms)
// and PDF (bar 30 ms), from the Brief and from the text.
func BenchmarkRender(b *testing.B) {
	raw := founding(b)
	br := newBrief(b, parse(b, raw), "india-russia-irigc.txt")
	created := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b.Run("markdown", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			if err := render.Markdown(&buf, br, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pdf", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			if _, err := render.PDF(&buf, br, render.PDFOptions{Created: created}); err != nil {
				b.Fatal(err)
			}
		}
	})
	// text → note: what "brief note FILE" does after reading the file.
	b.Run("text-to-markdown", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			br := newBrief(b, parse(b, raw), "x")
			if err := render.Markdown(io.Discard, br, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("text-to-pdf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			br := newBrief(b, parse(b, raw), "x")
			if _, err := render.PDF(io.Discard, br, render.PDFOptions{Created: created}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// newBrief makes the brief of d as "brief note" does: the default summary,
// then briefing.New.
func newBrief(tb testing.TB, d *summarize.Document, source string) *briefing.Brief {
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return briefing.New(d, sum, briefing.Options{Source: source})
}

// synthetic returns a document of size bytes made of the bundled samples'
// paragraphs, each copy numbered so that no two sentences are equal (equal
// sentences would make ranking and extraction cheaper than real text).
func synthetic(tb testing.TB, size int) []byte {
	var paras []string
	for _, name := range []string{"india-russia-irigc", "us-china-sullivan-wang-malta", "us-israel-bahrain-uae-nsa-joint-statement", "us-niue-recognition"} {
		for _, p := range strings.Split(string(samples(tb)[name]), "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, strings.TrimSpace(p))
			}
		}
	}
	var buf bytes.Buffer
	buf.Grow(size + 4096)
	for i := 0; buf.Len() < size; i++ {
		fmt.Fprintf(&buf, "%s In round %d the figure was %d.\n\n", paras[i%len(paras)], i, i*7)
	}
	return buf.Bytes()[:size]
}

// sizes are the input sizes of the growth benchmarks: 0.1, 1 and 10 MB.
var sizes = []struct {
	name string
	n    int
}{{"0.1MB", 100_000}, {"1MB", 1_000_000}, {"10MB", 10_000_000}}

// BenchmarkSize is the cost against input size. summarize is read, split
// and rank (the foundation's bar: 10 MB under 3 s); note adds extraction
// and the Markdown note. ns/op should grow tenfold per step (linear).
func BenchmarkSize(b *testing.B) {
	for _, sz := range sizes {
		raw := synthetic(b, sz.n)
		b.Run("summarize/"+sz.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				d := parse(b, raw)
				if _, err := summarize.Extract(d, summarize.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, sz := range sizes {
		raw := synthetic(b, sz.n)
		b.Run("note/"+sz.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				br := newBrief(b, parse(b, raw), "x")
				if err := render.Markdown(io.Discard, br, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Batch throughput (many files, all cores) is measured by BenchmarkBatch
// in the repository root (bench_batch_test.go), owned with brief batch.
