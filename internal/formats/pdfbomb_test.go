package formats

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// pdfWithContent writes a one-page PDF whose content stream is the raw
// (already encoded) stream data, with the given filter entries.
func pdfWithContent(stream []byte, filter string) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
	offs = append(offs, b.Len())
	fmt.Fprintf(&b, "4 0 obj\n<< /Length %d %s >>\nstream\n", len(stream), filter)
	b.Write(stream)
	b.WriteString("\nendstream\nendobj\n")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

// flateBomb is a zlib stream of prefix and then pattern repeated to size
// bytes, built from one compressed MiB repeated (sync-flushed deflate
// blocks concatenate), so the inflated data never exists here. Its
// checksum is wrong on purpose: a reader that gets that far has failed.
func flateBomb(prefix, pattern string, size int64) []byte {
	const chunkLen = 1 << 20
	chunk := bytes.Repeat([]byte(pattern), chunkLen/len(pattern))
	out := []byte{0x78, 0xDA}
	out = append(out, deflateBlock([]byte(prefix), false)...)
	body := deflateBlock(chunk, false)
	for n := int64(0); n < size; n += int64(len(chunk)) {
		out = append(out, body...)
	}
	out = append(out, deflateBlock(nil, true)...)
	return append(out, 0, 0, 0, 0)
}

// TestPDFStreamBombs: streams that inflate to 2 GB stop at a limit named
// in the error, within a bounded amount of memory. Allocation is measured
// as the total allocated during the call (runtime.MemStats.TotalAlloc), an
// upper bound on the peak that does not depend on when the GC runs; it
// also counts other tests' leftover goroutines, hence the slack.
func TestPDFStreamBombs(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates hundreds of megabytes")
	}
	const gig2 = 2 << 30
	tests := []struct {
		name, prefix, pattern string
		limits                Limits
		want                  string
		maxAlloc              uint64
	}{
		// White space only: nothing is kept, the decompression budget stops it.
		{"2 GB of white space", "BT /F1 12 Tf 72 700 Td (Hello) Tj ET\n", "\n", Limits{MaxDecoded: 32 << 20}, "pdf has more than 33554432 bytes of decompressed stream data", 128 << 20},
		{"2 GB of white space, default budget", "", " ", Limits{}, "pdf has more than 268435456 bytes of decompressed stream data", 128 << 20},
		// Operands without an operator pile up on the stack.
		{"2 GB of numbers", "", "0 ", Limits{}, "pdf has more than 65536 operands on the stack", 128 << 20},
		// Text shown forever: the page's glyph cap.
		{"2 GB of shown text", "BT /F1 12 Tf 72 700 Td\n", "(Hello world) Tj\n", Limits{}, "pdf has more than 200000 glyphs on one page", 200 << 20},
		// One string that never ends: the token cap.
		{"2 GB string", "BT /F1 12 Tf 72 700 Td (", "a", Limits{}, "pdf has more than 8388608 bytes in one string, name or keyword", 100 << 20},
		{"2 GB array", "BT /F1 12 Tf 72 700 Td [", "(a) 1 ", Limits{}, "pdf has more than 65536 operands on the stack", 200 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := pdfWithContent(flateBomb(tt.prefix, tt.pattern, gig2), "/Filter /FlateDecode")
			t.Logf("bomb: %d KiB", len(in)>>10)
			var err error
			bounded(t, tt.name, 60*time.Second, tt.maxAlloc, func() { _, err = Extract("bomb.pdf", in, PDF, tt.limits) })
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Extract(%s) error = %v, want ErrTooLarge naming %q", tt.name, err, tt.want)
			}
		})
	}
}

// TestPDFStops: a reader that times out stops for real: Extract returns
// after the reader has ended, so the work and its memory are gone.
func TestPDFStops(t *testing.T) {
	in := pdfWithContent(flateBomb("", " ", 2<<30), "/Filter /FlateDecode")
	start := time.Now()
	_, err := Extract("slow.pdf", in, PDF, Limits{Timeout: 50 * time.Millisecond, MaxDecoded: 2 << 30})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Extract error = %v, want ErrTimeout", err)
	}
	if took := time.Since(start); took > stopGrace {
		t.Errorf("Extract took %v: the reader did not stop", took)
	}
}

func TestPDFTrailingBytes(t *testing.T) {
	good := makePDF(t, "Title", []string{"Body text."}, nil)
	for name, junk := range map[string][]byte{
		"newlines":      []byte("\n\n\n"),
		"mail footer":   []byte("\r\n--\r\nThis message was scanned by a gateway.\r\n"),
		"64 KiB binary": bytes.Repeat([]byte{0x00, 0xFF, 0x13}, 64<<10/3),
	} {
		e, err := Extract("t.pdf", append(bytes.Clone(good), junk...), PDF, Limits{})
		if err != nil || e.Text != "# Title\n\nBody text.\n" {
			t.Errorf("PDF with trailing %s = %v, %v", name, e, err)
		}
	}
}

// TestPDFLoops: object graphs that loop end in an error or text, not a
// hang (the reader walks them without reading stream data, so only these
// bounds stop it).
func TestPDFLoops(t *testing.T) {
	good := pdfWithContent([]byte("BT /F1 12 Tf 72 700 Td (Looped) Tj ET"), "")
	res := []byte("/Resources << /Font << /F1 5 0 R >> >>")
	parentLoop := bytes.Replace(good, []byte("/Parent 2 0 R"), []byte("/Parent 3 0 R"), 1)
	parentLoop = bytes.Replace(parentLoop, res, bytes.Repeat([]byte(" "), len(res)), 1)
	for name, in := range map[string][]byte{"page's Parent is itself": parentLoop} {
		done := make(chan error, 1)
		go func() {
			_, err := Extract("loop.pdf", in, PDF, Limits{Timeout: 10 * time.Second})
			done <- err
		}()
		select {
		case err := <-done:
			if errors.Is(err, ErrTimeout) {
				t.Errorf("%s: %v", name, err)
			}
			t.Logf("%s: %v", name, err)
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: Extract did not return", name)
		}
	}
}

// TestPDF20: PDF 2.0 files ("%PDF-2.0") were refused as not PDF.
func TestPDF20(t *testing.T) {
	in := pdfWithContent([]byte("BT /F1 12 Tf 72 700 Td (Version two.) Tj ET"), "")
	in = bytes.Replace(in, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1)
	if e, err := Extract("v2.pdf", in, PDF, Limits{}); err != nil || e.Text != "Version two.\n" {
		t.Errorf("Extract(PDF 2.0) = %v, %v", e, err)
	}
}

// TestPDFSharedContent: many pages drawing one content stream cannot
// produce more text than Limits.MaxBytes.
func TestPDFSharedContent(t *testing.T) {
	var b bytes.Buffer
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	const pages = 2000
	content := "BT /F1 12 Tf 72 700 Td (" + strings.Repeat("word ", 2000) + ") Tj ET"
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	kids := strings.Repeat("3 0 R ", pages)
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages))
	obj("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, x)
	_, err := Extract("shared.pdf", b.Bytes(), PDF, Limits{MaxBytes: 1 << 20})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "text larger than 1048576 bytes") {
		t.Errorf("Extract(%d pages of one 10 KB stream, MaxBytes 1 MiB) = %v, want ErrTooLarge", pages, err)
	}
}
