package formats

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPDFCorpus measures the reader against pdftotext on a folder of PDFs
// named by BRIEF_PDF_CORPUS (for example pdfplumber's tests/pdfs): token F1
// per file and the mean. A measurement, not a bar; it skips without the
// folder or pdftotext.
func TestPDFCorpus(t *testing.T) {
	dir := os.Getenv("BRIEF_PDF_CORPUS")
	if dir == "" {
		t.Skip("BRIEF_PDF_CORPUS not set")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	var sum float64
	var n, good int
	for _, f := range files {
		ref, err := exec.Command("pdftotext", "-enc", "UTF-8", f, "-").Output()
		if err != nil {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		e, err := Extract(f, data, PDF, Limits{})
		if err != nil {
			t.Logf("%-45s error: %v", filepath.Base(f), err)
			continue
		}
		text := e.Text
		if e.Title != "" && !strings.Contains(text, e.Title) {
			text = e.Title + "\n" + text
		}
		f1 := tokenF1(text, string(ref))
		lost, extra := tokenDiff(text, string(ref), 5)
		t.Logf("%-45s %.4f lost %q extra %q", filepath.Base(f), f1, lost, extra)
		sum += f1
		n++
		if f1 >= 0.99 {
			good++
		}
	}
	if n > 0 {
		t.Logf("%d files read: mean token F1 %.4f, %d at 0.99 or more", n, sum/float64(n), good)
	}
}
