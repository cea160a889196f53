package formats

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// bounded runs f and fails if it takes longer than d or allocates more
// than maxAlloc bytes in total.
func bounded(t *testing.T, what string, d time.Duration, maxAlloc uint64, f func()) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%s: %v, %d MiB allocated", what, took.Round(time.Millisecond), alloc>>20)
	if took > d {
		t.Errorf("%s took %v, want under %v", what, took, d)
	}
	if alloc > maxAlloc {
		t.Errorf("%s allocated %d MiB, want under %d MiB", what, alloc>>20, maxAlloc>>20)
	}
}

// deflateBlock compresses p as raw deflate blocks: sync-flushed, so that
// blocks concatenate, or final.
func deflateBlock(p []byte, final bool) []byte {
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, flate.BestCompression)
	fw.Write(p)
	if final {
		fw.Close()
	} else {
		fw.Flush()
	}
	return b.Bytes()
}

// zipBomb writes a docx whose word/document.xml is prefix followed by
// size bytes of fill. The deflate stream is built from one compressed
// MiB repeated (sync-flushed blocks concatenate), so the gigabyte never
// exists in memory. declared is the uncompressed size the header claims.
func zipBomb(t testing.TB, prefix string, fill byte, size int64, declared uint64) []byte {
	t.Helper()
	const chunkLen = 1 << 20
	chunk := bytes.Repeat([]byte{fill}, chunkLen)
	head := deflateBlock([]byte(prefix), false)
	body := deflateBlock(chunk, false)
	tail := deflateBlock(nil, true)
	crc := crc32.ChecksumIEEE([]byte(prefix))
	n := size / chunkLen
	for range n {
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64:   uint64(len(head) + int(n)*len(body) + len(tail)),
		UncompressedSize64: declared,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(head)
	for range n {
		w.Write(body)
	}
	w.Write(tail)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestZipBomb(t *testing.T) {
	const gig = 1 << 30
	xmlStart := strings.TrimSuffix(wordXML(""), "</w:body></w:document>") + "<w:p><w:r><w:t>"
	tests := []struct {
		name     string
		prefix   string
		fill     byte
		declared uint64
		limits   Limits
		want     error
	}{
		{"1 GB of zeros, honest header", "", 0, gig, Limits{}, ErrTooLarge},
		{"1 GB of zeros, header says 1 KB", "", 0, 1024, Limits{}, nil},
		{"1 GB of spaces in a text run, header says 1 KB", xmlStart, ' ', 1024, Limits{}, nil},
		// Just under the default budget: the XML decoder would hold the
		// whole text run in memory until archive/zip saw the size is a
		// lie; the cap on a text run stops it at 8 MiB.
		{"1 GB of spaces in a text run, header says 60 MiB", xmlStart, ' ', 60 << 20, Limits{}, ErrTooLarge},
		{"1 GB of spaces in a text run, header says 60 MiB, budget 8 MiB", xmlStart, ' ', 60 << 20, Limits{MaxUncompressed: 8 << 20}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bomb := zipBomb(t, tt.prefix, tt.fill, gig, tt.declared)
			t.Logf("bomb: %d KiB compressed", len(bomb)>>10)
			if f, err := Detect("bomb.docx", bomb[:512]); f != DOCX || err != nil {
				t.Fatalf("Detect(bomb) = %v, %v", f, err)
			}
			var err error
			bounded(t, "Extract(bomb)", 10*time.Second, 400<<20, func() {
				_, err = Extract("bomb.docx", bomb, DOCX, tt.limits)
			})
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Extract(bomb) error = %v, want %v", err, tt.want)
			}
			t.Logf("error: %v", err)
		})
	}
}

func TestBudgetReader(t *testing.T) {
	b := &budget{left: 10}
	got, err := io.ReadAll(budgetReader{strings.NewReader(strings.Repeat("x", 11)), b})
	if !errors.Is(err, ErrTooLarge) || len(got) > 10 {
		t.Errorf("read 11 bytes through a budget of 10 = %d bytes, %v, want ErrTooLarge", len(got), err)
	}
	b = &budget{left: 10}
	if got, err := io.ReadAll(budgetReader{strings.NewReader("0123456789"), b}); err != nil || len(got) != 10 {
		t.Errorf("read 10 bytes through a budget of 10 = %d, %v", len(got), err)
	}
}

func TestHostileDOCX(t *testing.T) {
	good := makeDOCX(t, wp("", strings.Repeat("Some text in a paragraph. ", 50)))
	corrupt := bytes.Clone(good)
	// Damage the compressed document.xml, leaving the directory intact.
	i := bytes.Index(corrupt, []byte("word/document.xml")) + len("word/document.xml")
	for j := i + 10; j < i+60 && j < len(corrupt); j++ {
		corrupt[j] ^= 0x55
	}
	many := make([]docxPart, 0, 30)
	for i := range 30 {
		many = append(many, docxPart{fmt.Sprintf("word/media/%d.png", i), "x"})
	}
	tests := []struct {
		name   string
		in     []byte
		limits Limits
		want   string // in the error
		is     error
	}{
		{"truncated", good[:len(good)/2], Limits{}, "corrupt docx", nil},
		{"truncated to the header", good[:30], Limits{}, "corrupt docx", nil},
		{"corrupt deflate data", corrupt, Limits{}, "corrupt docx", nil},
		{"no document.xml", zipParts(t, []docxPart{{"word/styles.xml", "<x/>"}}), Limits{}, "no word/document.xml", nil},
		{"empty zip", zipParts(t, nil), Limits{}, "no word/document.xml", nil},
		{"too many entries", makeDOCX(t, wp("", "x"), many...), Limits{MaxEntries: 10}, "more than 10 parts", ErrTooLarge},
		{"malformed xml", zipParts(t, []docxPart{{"word/document.xml", "<w:document><w:body><w:p>"}}), Limits{}, "corrupt docx", nil},
		{"xml with a DTD entity", zipParts(t, []docxPart{{"word/document.xml", `<!DOCTYPE d [<!ENTITY a "aaaaaaaa">]><d>&a;&a;</d>`}}), Limits{}, "corrupt docx", nil},
		{"not a zip at all", []byte("PK\x03\x04garbage"), Limits{}, "corrupt docx", nil},
	}
	for _, tt := range tests {
		_, err := Extract("x.docx", tt.in, DOCX, tt.limits)
		t.Logf("%s: %v", tt.name, err)
		if err == nil || !strings.Contains(err.Error(), tt.want) || tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("Extract(%s) error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}

	// Nesting depth costs heap, not stack.
	deep := zipParts(t, []docxPart{{"word/document.xml", wordXML(strings.Repeat("<w:p>", 100000) + "<w:r><w:t>deep</w:t></w:r>" + strings.Repeat("</w:p>", 100000))}})
	var e *Extracted
	var err error
	bounded(t, "deeply nested docx", 5*time.Second, 500<<20, func() { e, err = Extract("deep.docx", deep, DOCX, Limits{}) })
	if err != nil || e.Text != "deep\n" {
		t.Errorf("Extract(deeply nested docx) = %v, %v", e, err)
	}
}

func TestHostilePDF(t *testing.T) {
	good := makePDF(t, "Title", []string{"Body text."}, nil)
	brokenXref := bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1)
	noXref := good[:bytes.Index(good, []byte("xref"))]
	noXref = append(bytes.Clone(noXref), "trailer\n<<>>\nstartxref\n0\n%%EOF\n"...)
	garbageObjects := bytes.Clone(good)
	for i := len(garbageObjects) / 4; i < len(garbageObjects)/2; i++ {
		garbageObjects[i] = '('
	}

	// A page with drawing only: what a scan looks like to a text reader.
	p := gofpdf.New("P", "mm", "A4", "")
	p.AddPage()
	p.Rect(20, 20, 100, 50, "F")
	var scan bytes.Buffer
	if err := p.Output(&scan); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"broken startxref", brokenXref, "unreadable pdf"},
		{"no xref table", noXref, "unreadable pdf"},
		{"truncated", good[:len(good)/2], "unreadable pdf"},
		{"header only", []byte("%PDF-1.4\n"), "unreadable pdf"},
		{"garbage objects", garbageObjects, ""},
		{"no text layer", scan.Bytes(), "no text layer (scanned PDF?)"},
	}
	for _, tt := range tests {
		var err error
		bounded(t, tt.name, 5*time.Second, 200<<20, func() { _, err = Extract("x.pdf", tt.in, PDF, Limits{}) })
		t.Logf("%s: %v", tt.name, err)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Extract(%s) error = %v, want one containing %q", tt.name, err, tt.want)
		}
		if tt.name == "no text layer" && !errors.Is(err, ErrNoText) {
			t.Errorf("Extract(%s) error = %v, want ErrNoText", tt.name, err)
		}
		if err != nil && strings.Contains(err.Error(), "x.pdf") {
			t.Errorf("Extract(%s) error %q names the file", tt.name, err)
		}
	}

	// A PDF named .txt is read as a PDF.
	f, err := Detect("report.txt", good)
	if err != nil || f != PDF {
		t.Fatalf("Detect(pdf named .txt) = %v, %v, want pdf", f, err)
	}
	if e, err := Extract("report.txt", good, f, Limits{}); err != nil || e.Text != "# Title\n\nBody text.\n" {
		t.Errorf("Extract(pdf named .txt) = %+v, %v", e, err)
	}
}

func TestHostileHTML(t *testing.T) {
	const n = 100000
	for _, tag := range []string{"div", "b", "span", "table", "ul><li", "a", "font", "blockquote", "p"} {
		open, end := "<"+tag+">", "</"+strings.SplitN(tag, "><", 2)[0]+">"
		in := "<html><body>" + strings.Repeat(open, n) + "deep text" + strings.Repeat(end, n) + "</body></html>"
		var e *Extracted
		var err error
		bounded(t, fmt.Sprintf("%d nested <%s>", n, tag), 5*time.Second, 1<<30, func() { e, err = Extract("deep.html", []byte(in), HTML, Limits{}) })
		if err != nil || !strings.Contains(e.Text, "deep text") {
			t.Errorf("Extract(%d nested <%s>) = %v, %v, want the text", n, tag, e, err)
		}
	}
	// Unclosed formatting elements, the classic quadratic case for HTML
	// parsers' reconstruction of active formatting elements.
	in := strings.Repeat("<b><i><u><s>", 2000) + strings.Repeat("<p>x</p>", 5000)
	bounded(t, "unclosed formatting", 5*time.Second, 2<<30, func() { _, _ = Extract("f.html", []byte(in), HTML, Limits{}) })

	// Scripts, templates and comments never reach the text.
	e, err := Extract("s.html", []byte(`<p>Before.</p><script>{{ evil }}</script><p>{{ kept }}<!-- {{ comment }} --></p><style>{{x}}</style>`), HTML, Limits{})
	if err != nil || e.Text != "Before.\n\n{{ kept }}\n" {
		t.Errorf("Extract(html with script) = %q, %v", e.Text, err)
	}
}

func TestHostileMarkdown(t *testing.T) {
	const n = 100000
	for name, in := range map[string]string{
		"quotes":      strings.Repeat(">", n) + " deep text",
		"brackets":    strings.Repeat("[", n) + "deep text" + strings.Repeat("]", n),
		"emphasis":    strings.Repeat("*", n) + "deep text" + strings.Repeat("*", n),
		"backticks":   "deep text " + strings.Repeat("`", n),
		"fence":       "deep text\n\n" + strings.Repeat("`", n) + "\ncode",
		"lists":       strings.Repeat("- ", n) + "deep text",
		"numbered":    strings.Repeat("1. ", n) + "deep text",
		"mixed":       strings.Repeat("> - 1) ", n/3) + "deep text",
		"quote lines": strings.Repeat(">", 30) + " deep text\n" + strings.Repeat(strings.Repeat(">", 30)+" more\n", n/30),
		"links":       strings.Repeat("[a](", n/4) + "deep text",
		"html":        strings.Repeat("<div>", n) + "\n\ndeep text",
	} {
		var e *Extracted
		var err error
		bounded(t, "markdown "+name, 5*time.Second, 2<<30, func() { e, err = Extract("x.md", []byte(in), Markdown, Limits{}) })
		if err != nil || !strings.Contains(e.Text, "deep text") {
			t.Errorf("Extract(markdown %s) = %v, %v, want the text", name, e, err)
		}
	}
}

func TestTimeout(t *testing.T) {
	in := []byte(strings.Repeat("A paragraph of *Markdown* text.\n\n", 100000))
	_, err := Extract("x.md", in, Markdown, Limits{Timeout: time.Microsecond})
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("Extract(3 MB markdown, 1µs) error = %v, want ErrTimeout", err)
	}
}

func TestBinaryNamedTxt(t *testing.T) {
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	if _, err := Detect("notes.txt", bin); !errors.Is(err, ErrUnsupported) {
		t.Errorf("Detect(binary named .txt) error = %v, want ErrUnsupported", err)
	}
	if _, err := Detect("photo.txt", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF")); err == nil || !strings.Contains(err.Error(), "JPEG") {
		t.Errorf("Detect(jpeg named .txt) error = %v, want it named", err)
	}
}
