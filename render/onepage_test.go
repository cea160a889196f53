package render

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/fit"
	"github.com/brief-dev/brief/internal/longeval"
	"github.com/brief-dev/brief/summarize"
)

// longDir holds the long-document development sets beside the repository;
// the tests that read it skip when it is absent.
var longDir = filepath.Join("..", "..", "shared", "eval", "long")

// Issue 12's bar for the page: every note of a report or transcript is one
// page without body type below minBodySize (table cells included). The
// smallest text on the page is the label tags of outcomes ("AGREED"),
// drawn at 0.68 of the body size in bold capitals: at 9 pt body they are
// 6.12 pt, and the capitals of the Go fonts (0.72 em) then stand as tall as
// the lowercase letters (0.53 em) of 8.3 pt text. smallestText is the floor
// every text size on the page must clear.
const (
	minBodySize  = 9.0
	smallestText = 6.0
)

// onePageSets are the long-document sets the bar is checked on.
var onePageSets = []string{"crs", "qmsum", "ectsum", "billsum"}

// onePagePapers are the paper sizes every note is checked on: US Letter is
// the shorter page.
var onePagePapers = []string{"a4", "letter"}

// noteFit is what fitting one document's note onto a page came to.
type noteFit struct {
	id       string
	size     float64 // body type size, from the result
	smallest float64 // smallest type size set in the page's content
	dropped  int
	err      error
}

// TestOnePageLongDocuments makes the PDF note of every document of the
// long-document development sets the way `brief note` does (Load, Extract,
// New, PDF), on A4 and on Letter, and checks the page, not its content,
// since the sections of a note grow: exactly one page (counted by pdfcpu in
// the file, not taken from the renderer), body type at least minBodySize,
// and no text set smaller than smallestText. With -v it prints, per set
// and paper, the body sizes and how many notes left items out.
func TestOnePageLongDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("reads and renders 310 long documents")
	}
	if _, err := os.Stat(longDir); err != nil {
		t.Skip("no long-document data:", err)
	}
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	var table strings.Builder
	fmt.Fprintf(&table, "%-8s %-7s %5s %7s %7s %7s %10s %10s\n", "set", "paper", "docs", "min pt", "med pt", "max pt", "notes cut", "med items")
	for _, set := range onePageSets {
		t.Run(set, func(t *testing.T) {
			f, err := os.Open(filepath.Join(longDir, set+"_dev.jsonl"))
			if err != nil {
				t.Skip("no data:", err)
			}
			rows, err := longeval.Read(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			fits := make([][]noteFit, len(rows)) // per row, per paper
			fit.Parallel(len(rows), func(i int) {
				fits[i] = fitNote(&rows[i], conf)
			})
			for p, paper := range onePagePapers {
				var sizes []float64
				var cuts []int
				for _, nfs := range fits {
					nf := nfs[p]
					if nf.err != nil {
						t.Errorf("%s on %s: %v", nf.id, paper, nf.err)
						continue
					}
					if nf.size < minBodySize {
						t.Errorf("%s on %s: body type %g pt, want at least %g", nf.id, paper, nf.size, minBodySize)
					}
					if nf.smallest < smallestText {
						t.Errorf("%s on %s: text set at %g pt, want at least %g", nf.id, paper, nf.smallest, smallestText)
					}
					sizes = append(sizes, nf.size)
					if nf.dropped > 0 {
						cuts = append(cuts, nf.dropped)
					}
				}
				if len(sizes) == 0 {
					continue
				}
				slices.Sort(sizes)
				slices.Sort(cuts)
				medCut := "-"
				if len(cuts) > 0 {
					medCut = strconv.Itoa(cuts[len(cuts)/2])
				}
				fmt.Fprintf(&table, "%-8s %-7s %5d %7.2f %7.2f %7.2f %10d %10s\n", set, paper, len(sizes),
					sizes[0], sizes[len(sizes)/2], sizes[len(sizes)-1], len(cuts), medCut)
			}
		})
	}
	t.Logf("PDF notes of the long-document sets: body type sizes; \"notes cut\" left items out, \"med items\" is the median number they left out:\n%s", table.String())
}

// fitNote makes the PDF note of one row on each of onePagePapers and
// measures its page.
func fitNote(row *longeval.Row, conf *model.Configuration) []noteFit {
	fits := make([]noteFit, len(onePagePapers))
	for i := range fits {
		fits[i].id = row.ID
	}
	fail := func(err error) []noteFit {
		for i := range fits {
			fits[i].err = err
		}
		return fits
	}
	name := row.ID + ".txt"
	d, err := summarize.Load(name, []byte(row.Text), summarize.ReadOptions{})
	if err != nil {
		return fail(fmt.Errorf("load: %w", err))
	}
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		return fail(fmt.Errorf("extract: %w", err))
	}
	b := briefing.New(d, sum, briefing.Options{Source: name})
	for i, paper := range onePagePapers {
		fits[i].size, fits[i].smallest, fits[i].dropped, fits[i].err = measurePage(b, paper, conf)
	}
	return fits
}

// measurePage renders b on paper and returns the body size, the smallest
// type size on the page and how many items were left out, or an error
// unless the PDF is one page.
func measurePage(b *briefing.Brief, paper string, conf *model.Configuration) (size, smallest float64, dropped int, err error) {
	var buf bytes.Buffer
	res, err := PDF(&buf, b, PDFOptions{Paper: paper})
	if err != nil {
		return 0, 0, 0, fmt.Errorf("PDF: %w", err)
	}
	pages, err := api.PageCount(bytes.NewReader(buf.Bytes()), conf)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("page count: %w", err)
	}
	if pages != 1 {
		return 0, 0, 0, fmt.Errorf("%d pages, want 1", pages)
	}
	smallest, err = smallestTextSize(buf.Bytes(), conf)
	return res.FontSize, smallest, len(res.Dropped), err
}

// tfRE matches the text-font operator of a content stream, "/F1 9.5 Tf",
// capturing the size.
var tfRE = regexp.MustCompile(`/[^\s/]+\s+([0-9.]+)\s+Tf\b`)

// smallestTextSize is the smallest font size the page's content stream
// selects, read from the file rather than from the renderer's metrics.
func smallestTextSize(pdf []byte, conf *model.Configuration) (float64, error) {
	var content bytes.Buffer
	err := api.ExtractContent(bytes.NewReader(pdf), nil, func(r io.Reader, _ int) error {
		_, err := content.ReadFrom(r)
		return err
	}, conf)
	if err != nil {
		return 0, fmt.Errorf("content: %w", err)
	}
	smallest := 0.0
	for _, m := range tfRE.FindAllSubmatch(content.Bytes(), -1) {
		size, err := strconv.ParseFloat(string(m[1]), 64)
		if err != nil {
			return 0, fmt.Errorf("Tf operand %q: %w", m[1], err)
		}
		if smallest == 0 || size < smallest {
			smallest = size
		}
	}
	if smallest == 0 {
		return 0, fmt.Errorf("no text on the page")
	}
	return smallest, nil
}
