package batch

import (
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkRun is the cost of batch itself, with a job that does next to
// nothing: walking 1,000 inputs, reading and hashing them, the workers,
// writing 1,000 notes, the manifest and the index, on one and two workers.
// The cost of real notes is BenchmarkBatch in package main. Every
// iteration writes into a fresh directory (see BenchmarkBatch for why).
func BenchmarkRun(b *testing.B) {
	const docs = 1000
	dir := b.TempDir()
	files := map[string]string{}
	for i := range docs {
		files[fmt.Sprintf("in/d%04d.txt", i)] = fmt.Sprintf("Title %d\nThe council met on Monday and agreed item %d.\n", i, i)
	}
	writeFiles(b, dir, files)
	runs := 0
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", jobs), func(b *testing.B) {
			for range b.N {
				runs++
				cfg := Config{Inputs: []string{"in"}, OutDir: filepath.Join("out", fmt.Sprint(runs)), Workers: jobs}
				if stats, stderr, err := runIn(b, dir, cfg, nil); err != nil || stats.Written != docs {
					b.Fatalf("%+v, %v: %s", stats, err, stderr)
				}
			}
			b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
