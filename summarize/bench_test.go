package summarize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// syntheticDocument repeats the founding sample's paragraphs, numbering each
// copy so that no two sentences are identical, until it has size bytes.
func syntheticDocument(tb testing.TB, size int) []byte {
	sample, err := os.ReadFile(filepath.Join("..", "samples", "india-russia-irigc.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	paras := strings.Split(string(sample), "\n\n")
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		p := paras[i%len(paras)]
		fmt.Fprintf(&b, "%s In round %d the figure was %d.\n\n", p, i, i*7)
	}
	return []byte(b.String()[:size])
}

// BenchmarkReadSummarize measures reading, structure, splitting and ranking
// at three sizes: ns/op should grow about linearly (10× per step).
func BenchmarkReadSummarize(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 10 << 20} {
		raw := syntheticDocument(b, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for range b.N {
				d, err := Parse(raw, ReadOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Extract(d, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSample is the founding sample end to end.
func BenchmarkSample(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "samples", "india-russia-irigc.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		d, _ := Parse(raw, ReadOptions{})
		Extract(d, Options{})
	}
}
