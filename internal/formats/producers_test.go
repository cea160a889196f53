package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// pdfProducers are the fixtures of testdata/pdf (see its README): one
// public-domain text set by each producer, with pdftotext's reading.
var pdfProducers = []string{"libreoffice", "pandoc-latex", "chromium", "reportlab", "tesseract-scan", "msword"}

// words splits text into the tokens compared: NFKC-normalised (ligatures
// become letters) runs of letters and digits. Punctuation and hyphens are
// separators, so that "well-known" counts the same whoever breaks the
// line after the hyphen.
func words(s string) []string {
	return strings.FieldsFunc(norm.NFKC.String(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// tokenF1 is the F1 of got's tokens against want's, as multisets.
func tokenF1(got, want string) float64 {
	g, w := words(got), words(want)
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range w {
		count[t]++
	}
	match := 0
	for _, t := range g {
		if count[t] > 0 {
			count[t]--
			match++
		}
	}
	p, r := float64(match)/float64(len(g)), float64(match)/float64(len(w))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// missing lists up to n tokens of want that got lacks, and of got that
// want lacks, for the failure message.
func tokenDiff(got, want string, n int) (lost, extra []string) {
	diff := func(a, b []string) []string {
		count := map[string]int{}
		for _, t := range b {
			count[t]++
		}
		var out []string
		for _, t := range a {
			if count[t] > 0 {
				count[t]--
			} else if len(out) < n {
				out = append(out, t)
			}
		}
		return out
	}
	g, w := words(got), words(want)
	return diff(w, g), diff(g, w)
}

// TestPDFProducers requires the reader's words to match pdftotext's at 99 %
// token F1 on the PDF of every producer (issue 13: LibreOffice PDFs got a
// stray glyph at line ends, LaTeX PDFs lost their word spaces).
func TestPDFProducers(t *testing.T) {
	for _, name := range pdfProducers {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "pdf", name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			ref, err := os.ReadFile(filepath.Join("testdata", "pdf", name+".pdftotext"))
			if err != nil {
				t.Fatal(err)
			}
			e, err := Extract(name+".pdf", data, PDF, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			text := e.Title + "\n" + e.Text
			if e.Title != "" && strings.HasPrefix(e.Text, "# "+e.Title) {
				text = e.Text
			}
			f1 := tokenF1(text, string(ref))
			t.Logf("%s: token F1 %.4f", name, f1)
			if f1 < 0.99 {
				lost, extra := tokenDiff(text, string(ref), 15)
				t.Errorf("%s: token F1 %.4f, want ≥ 0.99; lost %q; extra %q", name, f1, lost, extra)
			}
		})
	}
}

// TestPDFEncrypted: PDFs "protected" with an empty user password, the
// usual kind, read like the unencrypted file in every scheme; one that
// needs a password says so.
func TestPDFEncrypted(t *testing.T) {
	ref, err := os.ReadFile(filepath.Join("testdata", "pdf", "reportlab.pdftotext"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"encrypted-rc4-v2", "encrypted-rc4-v4", "encrypted-aes128", "encrypted-aes256"} {
		data, err := os.ReadFile(filepath.Join("testdata", "pdf", name+".pdf"))
		if err != nil {
			t.Fatal(err)
		}
		e, err := Extract(name+".pdf", data, PDF, Limits{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if f1 := tokenF1(e.Text, string(ref)); f1 < 0.99 {
			t.Errorf("%s: token F1 %.4f, want ≥ 0.99", name, f1)
		}
	}
	data, err := os.ReadFile(filepath.Join("testdata", "pdf", "encrypted-password.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Extract("p.pdf", data, PDF, Limits{}); err == nil || err.Error() != "encrypted pdf: needs a password" {
		t.Errorf("password-protected pdf: error %v, want \"encrypted pdf: needs a password\"", err)
	}
}
