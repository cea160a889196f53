package formats

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetect(t *testing.T) {
	docx := makeDOCX(t, wp("", "x"))
	pdfData := makePDF(t, "T", []string{"x"}, nil)
	tests := []struct {
		name string
		head []byte
		want Format
		err  error
	}{
		{"a.txt", []byte("Plain text.\n"), Text, nil},
		{"a", []byte("Plain text.\n"), Text, nil},
		{"a.weird", []byte("Plain text.\n"), Text, nil},
		{"a.md", []byte("# Title\n"), Markdown, nil},
		{"A.MARKDOWN", []byte("# Title\n"), Markdown, nil},
		{"a.txt", []byte("# Title\n"), Text, nil}, // Markdown is never sniffed
		{"a.html", []byte("<p>x</p>"), HTML, nil},
		{"a.htm", []byte("text"), HTML, nil},
		{"page.txt", []byte("\xEF\xBB\xBF  <!-- saved -->\n<!DOCTYPE html><html>"), HTML, nil},
		{"a", []byte("<html><body>x"), HTML, nil},
		{"a.xml", []byte("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"), HTML, nil},
		{"a.txt", []byte("Use <html> tags like this."), Text, nil},
		{"a.txt", []byte("The header is %PDF-1.7 in every file."), Text, nil},
		{"a.docx", docx[:64], DOCX, nil},
		{"a.zip", docx, DOCX, nil}, // holds Word parts
		{"a.pdf", pdfData[:64], PDF, nil},
		{"report.txt", pdfData[:64], PDF, nil}, // content wins over the name
		{"a.docx", []byte("text after all"), Text, nil},
		{"a.txt", []byte{0xFF, 0xFE, 'h', 0, 'i', 0}, Text, nil}, // UTF-16: the reader decodes it
		{"a.txt", []byte{0, 1, 2, 3, 4, 5, 6}, 0, ErrUnsupported},
		{"a.bin", []byte("\x00\x00\x00\x18ftypmp42"), 0, ErrUnsupported},
		{"a.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0, ErrUnsupported},
		{"a.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00"), 0, ErrUnsupported},
		{"a.zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00data.csv"), 0, ErrUnsupported},
		{"empty.txt", nil, Text, nil},
		{"empty.md", nil, Markdown, nil},
		{"empty.pdf", nil, Text, nil},
	}
	for _, tt := range tests {
		got, err := Detect(tt.name, tt.head)
		if !errors.Is(err, tt.err) || err == nil && got != tt.want {
			t.Errorf("Detect(%q, %.20q) = %v, %v, want %v, %v", tt.name, tt.head, got, err, tt.want, tt.err)
		}
	}
}

// extractCase is one input and the exact text wanted from it.
type extractCase struct {
	name   string
	in     []byte
	want   string
	title  string
	date   string
	byline string
}

func runExtract(t *testing.T, f Format, tests []extractCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Extract(tt.name, tt.in, f, Limits{})
			if err != nil {
				t.Fatalf("Extract(%v) error: %v", f, err)
			}
			if e.Text != tt.want {
				t.Errorf("Extract(%v).Text =\n%s\nwant\n%s", f, e.Text, tt.want)
			}
			if e.Title != tt.title || e.Date != tt.date || e.Byline != tt.byline {
				t.Errorf("Extract(%v) title, date, byline = %q, %q, %q, want %q, %q, %q", f, e.Title, e.Date, e.Byline, tt.title, tt.date, tt.byline)
			}
			if e.Format != f {
				t.Errorf("Extract(%v).Format = %v", f, e.Format)
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	in := "Title\r\n\r\nBody with caf\xe9 in Windows-1252.\n"
	e, err := Extract("a.txt", []byte(in), Text, Limits{})
	if err != nil || e.Text != in {
		t.Errorf("Extract(text) = %q, %v, want the input unchanged", e.Text, err)
	}
	if _, err := Extract("a.txt", []byte(in), Text, Limits{MaxBytes: 5}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Extract(text, MaxBytes 5) error = %v, want ErrTooLarge", err)
	}
}

func TestEmpty(t *testing.T) {
	for _, f := range []Format{Markdown, HTML, DOCX, PDF} {
		for _, in := range []string{"", " \n\t\n"} {
			_, err := Extract("empty", []byte(in), f, Limits{})
			if err == nil {
				t.Errorf("Extract(%q, %v) = nil error, want one", in, f)
			}
		}
	}
	// Documents that parse but hold no text.
	for f, in := range map[Format][]byte{
		Markdown: []byte("```\ncode only\n```\n<div>html</div>\n"),
		HTML:     []byte("<html><body><script>x()</script><nav>menu</nav></body></html>"),
		DOCX:     makeDOCX(t, `<w:p/>`),
	} {
		if _, err := Extract("x", in, f, Limits{}); !errors.Is(err, ErrNoText) {
			t.Errorf("Extract(%v with no text) error = %v, want ErrNoText", f, err)
		}
	}
}

func TestMaxBytes(t *testing.T) {
	long := strings.Repeat("A sentence of text. ", 1000)
	for f, in := range map[Format][]byte{
		Markdown: []byte(long),
		HTML:     []byte("<p>" + long + "</p>"),
		DOCX:     makeDOCX(t, wp("", long)),
		PDF:      makePDF(t, "Title", []string{long}, nil),
	} {
		if _, err := Extract("x", in, f, Limits{MaxBytes: 1000}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("Extract(%v, MaxBytes 1000) error = %v, want ErrTooLarge", f, err)
		}
	}
}

func TestCleanChars(t *testing.T) {
	in := "a\x00b\x07c\u200bd\ufeffe\xffg\u00a0h"
	got := cleanLine(in)
	if got != "abcde\uFFFDg h" || !utf8.ValidString(got) {
		t.Errorf("cleanLine(%q) = %q", in, got)
	}
}
