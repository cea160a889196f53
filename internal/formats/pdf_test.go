package formats

import (
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

func TestPDF(t *testing.T) {
	long := "The fourth meeting of the joint working group on trade and investment took place in Moscow, chaired by the deputy ministers of both countries, who reviewed the roadmap."
	runExtract(t, PDF, []extractCase{{
		name:  "title, paragraphs, pages",
		in:    makePDF(t, "Working Group Meets", []string{long, "- A bullet item.", "Second para-\ngraph with a hyphen break."}, []string{"Page two text."}),
		want:  "# Working Group Meets\n\n" + long + "\n\n- A bullet item.\n\nSecond paragraph with a hyphen break.\n\nPage two text.\n",
		title: "Working Group Meets",
	}, {
		name:  "accents in cp1252 core fonts",
		in:    makePDF(t, "Caf\xe9 Talks", []string{"Na\xefve r\xe9sum\xe9 text."}, nil),
		want:  "# Café Talks\n\nNaïve résumé text.\n",
		title: "Café Talks",
	}})
}

// TestPDFInfoTitle uses the document information title when it is set.
func TestPDFInfoTitle(t *testing.T) {
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetTitle("Info Title", false)
	p.AddPage()
	p.SetFont("Helvetica", "", 11)
	p.MultiCell(0, 5, "Body text only.", "", "L", false)
	var b strings.Builder
	if err := p.Output(&b); err != nil {
		t.Fatal(err)
	}
	e, err := Extract("a.pdf", []byte(b.String()), PDF, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Title != "Info Title" || e.Text != "# Info Title\n\nBody text only.\n" {
		t.Errorf("Extract(pdf with Info title) = %q, %q", e.Title, e.Text)
	}
}
