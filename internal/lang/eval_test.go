package lang

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// evalDir is the development data beside the repository; tests that read it
// skip when it is absent.
var evalDir = filepath.Join("..", "..", "..", "shared", "eval")

// TestEnglishCorpora runs Detect on the English development documents
// (BBC News, lower-cased CNN/DailyMail, press releases, long reports and
// transcripts): every one must come out as English, with confidence.
func TestEnglishCorpora(t *testing.T) {
	var texts []string
	for _, name := range []string{"summaries/bbc_dev.jsonl", "summaries/cnndm_dev.jsonl", "long/crs_dev.jsonl", "long/qmsum_dev.jsonl"} {
		f, err := os.Open(filepath.Join(evalDir, name))
		if err != nil {
			t.Skipf("development data absent: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var row struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &row); err == nil && row.Text != "" {
				texts = append(texts, row.Text)
			}
		}
		f.Close()
	}
	releases, _ := filepath.Glob(filepath.Join(evalDir, "briefing", "dev", "*.txt"))
	for _, p := range releases {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	wrong, low := 0, 0
	for _, text := range texts {
		code, conf := Detect(text)
		if code != "en" {
			wrong++
			if wrong <= 5 {
				t.Errorf("Detect = %q %.2f on %.80q", code, conf, text)
			}
		} else if conf < 0.5 {
			low++
		}
	}
	t.Logf("%d English documents: %d not en, %d with confidence below 0.5", len(texts), wrong, low)
	if low*100 > len(texts) {
		t.Errorf("%d of %d English documents with confidence below 0.5", low, len(texts))
	}
}
