package kind_test

import (
	"os"
	"testing"

	"github.com/brief-dev/brief/internal/kind"
)

func BenchmarkDetect(b *testing.B) {
	text, err := os.ReadFile("../../testdata/kinds/transcript/2021-04-27-press-briefing-by-press-secretary-jen-psaki-april-27-2021.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		kind.Detect(string(text))
	}
}
