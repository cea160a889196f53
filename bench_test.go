package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// evalDir is the development data beside the repository; benchmarks and
// tests that need it skip when it is absent.
var evalDir = filepath.Join("..", "shared", "eval")

// BenchmarkCorpusCNNDM is "brief summarize --jsonl" over cnndm_dev, in
// process: docs/s is reported as a metric.
func BenchmarkCorpusCNNDM(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(evalDir, "summaries", "cnndm_dev.jsonl"))
	if err != nil {
		b.Skip("no eval data:", err)
	}
	docs := bytes.Count(data, []byte("\n"))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if code := run(context.Background(), []string{"brief", "summarize", "--jsonl"}, bytes.NewReader(data), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit code %d", code)
		}
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
}
