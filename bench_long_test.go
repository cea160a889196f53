package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/brief-dev/brief/internal/longeval"
)

// longReportWords is the length of the report the long benchmarks brief:
// issue 12's "100-page report", at about 500 words a page.
const longReportWords = 50_000

// longReport is a 100-page report made at run time from the CRS reports of
// the long-document development set, one after another in the set's order
// until longReportWords (the last cut at a paragraph), so that nothing of
// the set is committed. It skips when the data is absent.
func longReport(tb testing.TB) (text string, reports, words int) {
	tb.Helper()
	f, err := os.Open(filepath.Join(evalDir, "long", "crs_dev.jsonl"))
	if err != nil {
		tb.Skip("no long-document data:", err)
	}
	defer f.Close()
	rows, err := longeval.Read(f)
	if err != nil {
		tb.Fatal(err)
	}
	var parts []string
	for _, r := range rows {
		if words >= longReportWords {
			break
		}
		reports++
		// Whole paragraphs, so the last report ends at one.
		for para := range strings.SplitSeq(strings.TrimSpace(r.Text), "\n") {
			if words >= longReportWords {
				break
			}
			parts = append(parts, para)
			words += longeval.Words(para)
		}
		parts = append(parts, "")
	}
	if words < longReportWords {
		tb.Skipf("only %d words in crs_dev", words)
	}
	return strings.Join(parts, "\n"), reports, words
}

// reportPDF typesets text as a report in PDF: A4, 11 pt body in an
// embedded TrueType font (the way word processors write PDF), short lines
// without a full stop set as bold headings, and a running footer with the
// page number on every page. It returns the file and its page count.
func reportPDF(tb testing.TB, text string) ([]byte, int) {
	tb.Helper()
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.SetMargins(72, 72, 72)
	pdf.SetAutoPageBreak(true, 72)
	pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
	pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-50)
		pdf.SetFont("go", "", 8)
		pdf.CellFormat(0, 10, fmt.Sprintf("Congressional reports · page %d", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	for para := range strings.SplitSeq(text, "\n") {
		// gofpdf panics on runes outside the Basic Multilingual Plane.
		para = strings.Map(func(r rune) rune {
			if r > 0xFFFF {
				return unicode.ReplacementChar
			}
			return r
		}, strings.TrimSpace(para))
		switch {
		case para == "":
			continue
		case len(para) < 80 && !strings.ContainsAny(para[len(para)-1:], ".:;?!"):
			pdf.SetFont("go", "B", 12)
			pdf.Ln(6)
			pdf.MultiCell(0, 16, para, "", "L", false)
		default:
			pdf.SetFont("go", "", 11)
			pdf.MultiCell(0, 15, para, "", "J", false)
			pdf.Ln(5)
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes(), pdf.PageCount()
}

// longInputs writes the 100-page report as report.txt and report.pdf into
// dir and returns their paths.
func longInputs(b *testing.B, dir string) []string {
	text, reports, words := longReport(b)
	doc, pages := reportPDF(b, text)
	txt, pdf := filepath.Join(dir, "report.txt"), filepath.Join(dir, "report.pdf")
	if err := os.WriteFile(txt, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(pdf, doc, 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("100-page report: %d CRS reports, %d words, %d KB of text; as PDF %d pages, %d KB", reports, words, len(text)>>10, pages, len(doc)>>10)
	return []string{txt, pdf}
}

// BenchmarkLongReport is issue 12's bar "a 100-page report gives its note
// in < 1 s and < 200 MB": `brief note -f pdf` and `-f md` on a report of
// longReportWords words, given as text and as a 100-page PDF.
//
// The cli/ cases run the real binary, built once, as a user would, one
// process per iteration, and report the median wall time (s-median), the
// median user+system CPU time (s-cpu-median, which a busy machine disturbs
// less) and the largest peak RSS (MB-peak) over the iterations; run them with
// -benchtime 5x or more. The peak comes from GNU time (/usr/bin/time, left
// out when absent), not from the rusage of the child: on Linux a child's
// maxrss starts at the RSS of the process it was forked from, so the test
// binary's own 60 MB would show instead of the note's. The inprocess/
// cases run the same command inside the test binary, for -cpuprofile and
// -memprofile.
func BenchmarkLongReport(b *testing.B) {
	dir := b.TempDir()
	inputs := longInputs(b, dir)
	bin := filepath.Join(dir, "brief")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	gnuTime, _ := exec.LookPath("/usr/bin/time")
	rssFile := filepath.Join(dir, "rss")
	for _, in := range inputs {
		for _, format := range []string{"pdf", "md"} {
			name := strings.TrimPrefix(filepath.Ext(in), ".") + "-to-" + format
			out := filepath.Join(dir, "note-"+name+"."+format)
			args := []string{"note", "-f", format, "-o", out, in}
			b.Run("cli/"+name, func(b *testing.B) {
				var walls, cpus []float64
				peak := int64(0)
				for range b.N {
					cmd := exec.Command(bin, args...)
					if gnuTime != "" {
						cmd = exec.Command(gnuTime, append([]string{"-f", "%M", "-o", rssFile, bin}, args...)...)
					}
					var stderr bytes.Buffer
					cmd.Stderr = &stderr
					start := time.Now()
					err := cmd.Run()
					walls = append(walls, time.Since(start).Seconds())
					if err != nil {
						b.Fatalf("brief %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
					}
					cpus = append(cpus, (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds())
					if gnuTime != "" {
						kb, err := os.ReadFile(rssFile)
						if err != nil {
							b.Fatal(err)
						}
						n, err := strconv.ParseInt(strings.TrimSpace(string(kb)), 10, 64)
						if err != nil {
							b.Fatalf("GNU time wrote %q: %v", kb, err)
						}
						peak = max(peak, n<<10)
					}
				}
				checkNote(b, out, format)
				slices.Sort(walls)
				slices.Sort(cpus)
				b.ReportMetric(walls[len(walls)/2], "s-median")
				b.ReportMetric(cpus[len(cpus)/2], "s-cpu-median")
				if peak > 0 {
					b.ReportMetric(float64(peak)/(1<<20), "MB-peak")
				}
			})
			b.Run("inprocess/"+name, func(b *testing.B) {
				for range b.N {
					var stderr bytes.Buffer
					if code := run(context.Background(), append([]string{"brief"}, args...), nil, io.Discard, &stderr); code != 0 {
						b.Fatalf("exit code %d: %s", code, stderr.String())
					}
				}
				checkNote(b, out, format)
			})
		}
	}
}

// checkNote fails b unless the note at path is a PDF of one page or a
// Markdown note with its front matter: the timings are of real notes.
func checkNote(b *testing.B, path, format string) {
	b.Helper()
	note, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	switch format {
	case "pdf":
		if !bytes.HasPrefix(note, []byte("%PDF-")) || bytes.Count(note, []byte("/Type /Page\n")) != 1 {
			b.Fatalf("%s is not a one-page PDF", path)
		}
	case "md":
		if !bytes.HasPrefix(note, []byte("---\n")) {
			b.Fatalf("%s is not a Markdown note", path)
		}
	}
}
