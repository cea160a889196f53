package formats

import (
	"bytes"
	"fmt"
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

// TestPDFFurniture: a report's running header (its title) and footer (a
// numbered line) on every page, the notes at the foot of a page in small
// type, and a table set right under a paragraph are not body text. The
// headers go; each note becomes a footnote block ("[^1]: See …") and each
// table line a pipe row, which the reader keeps out of the sentences. The
// title on the first page stays the title, and a body paragraph that
// opens with a number is not a note.
func TestPDFFurniture(t *testing.T) {
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCompression(false)
	p.SetHeaderFunc(func() {
		if p.PageNo() > 1 {
			p.SetFont("Helvetica", "", 8)
			p.CellFormat(0, 5, "Rural Aid Programs", "", 1, "C", false, 0, "")
			p.Ln(4)
		}
	})
	p.SetFooterFunc(func() {
		p.SetY(-12)
		p.SetFont("Helvetica", "", 8)
		p.CellFormat(0, 5, fmt.Sprintf("Congressional Research Service %d", p.PageNo()), "", 0, "C", false, 0, "")
	})
	p.AddPage()
	p.SetFont("Helvetica", "B", 20)
	p.MultiCell(0, 9, "Rural Aid Programs", "", "L", false)
	p.Ln(4)
	body := []string{
		"The program reached 386 counties in its first year, most of them in the South, and its outlays stayed within the amounts the act set aside.",
		"The second year brought more counties into the program as the Census Bureau revised its estimates of persistent poverty.",
		"Persistent poverty fell in a third of the counties that took part, while the rest saw no change in their poverty rates.",
		"Congress may revisit the rule when it next takes up the farm bill, and several bills introduced this year would extend it.",
	}
	for page := 1; page <= 4; page++ {
		if page > 1 {
			p.AddPage()
		}
		p.SetFont("Helvetica", "", 11)
		p.MultiCell(0, 5, body[page-1], "", "L", false)
		if page == 3 {
			// a table right under the text, at the text's own line pitch:
			// only the wide gaps between its columns tell it apart
			for _, row := range [][]string{{"Program", "FY2019", "FY2024"}, {"Housing", "12.1", "14.3"}, {"Rural water systems", "8.0", "9.6"}} {
				for _, c := range row {
					p.CellFormat(45, 5, c, "", 0, "L", false, 0, "")
				}
				p.Ln(5)
			}
		}
		p.Ln(4)
		if page == 2 {
			p.MultiCell(0, 5, "12 states received most of the money.", "", "L", false)
			p.Ln(4)
			p.SetY(-40)
			p.SetFont("Helvetica", "", 8)
			p.MultiCell(0, 4, "1 See CRS Report R45100, Rural Aid, by A. Author.", "", "L", false)
			p.MultiCell(0, 4, "2 For more on the formula, see the agency's guidance, which", "", "L", false)
			p.MultiCell(0, 4, "was revised in 2021.", "", "L", false)
		}
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	e, err := Extract("r.pdf", buf.Bytes(), PDF, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := "# Rural Aid Programs\n\n" + body[0] + "\n\n" + body[1] + "\n\n" +
		"12 states received most of the money.\n\n" +
		"[^1]: See CRS Report R45100, Rural Aid, by A. Author.\n\n" +
		"[^2]: For more on the formula, see the agency's guidance, which was revised in 2021.\n\n" +
		body[2] + "\n\n| Program | FY2019 | FY2024 |\n| Housing | 12.1 | 14.3 |\n| Rural water systems | 8.0 | 9.6 |\n\n" + body[3] + "\n"
	if e.Text != want {
		t.Errorf("Extract(pdf with running headers and footnotes).Text =\n%s\nwant\n%s", e.Text, want)
	}
}

// TestPDFFurnitureLines: the page-number and note-marker rules take their
// examples and leave the near misses.
func TestPDFFurnitureLines(t *testing.T) {
	for _, c := range []struct{ match, miss string }{
		{"12", "2019"},
		{"- 12 -", "12 states"},
		{"Page 3 of 40", "Page three"},
		{"iv", "ivy"},
	} {
		if !isPageNumber(c.match) || isPageNumber(c.miss) {
			t.Errorf("isPageNumber: %q %v (want true), %q %v (want false)", c.match, isPageNumber(c.match), c.miss, isPageNumber(c.miss))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"1 See CRS Report R45100.", "1"},
		{"12Ibid.", "12"},
		{"* For more, see the annex.", "*"},
		{"² Ibid.", "²"},
		{"12.5 percent of the total", ""},
		{"3, 4 and 5", ""},
		{"Congress", ""},
	} {
		if got := noteMarker(c.in); got != c.want {
			t.Errorf("noteMarker(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Housing\t12.1\t14.3", 3},
		{"Rural\tUrban\tSuburban", 3},
		{"Total\t$1,234", 2},
		{"Name\tTitle", 0}, // two words, no figure
		{"The program reached many counties\tin the South and the West in 2019", 0}, // justified prose
	} {
		if got := tableCells(c.in); len(got) != c.want {
			t.Errorf("tableCells(%q) = %q, want %d cells", c.in, got, c.want)
		}
	}
	if a, b := runningKey("Congressional Research Service 12"), runningKey("Congressional Research Service 13"); a == "" || a != b {
		t.Errorf("runningKey does not match footers that differ in their page number: %q, %q", a, b)
	}
	if k := runningKey("The program reached 386 counties in its first year, most of them in the South."); k != "" {
		t.Errorf("runningKey of a line of text = %q, want none", k)
	}
}
