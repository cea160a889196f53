package summarize

import (
	"errors"
	"strings"
	"testing"
)

// TestLoadMarkdown checks the contract between the format readers and
// Parse: the title, the date, the headings and the bullets a Markdown file
// writes are the ones the document has.
func TestLoadMarkdown(t *testing.T) {
	md := "---\ntitle: Talks concluded in Moscow\ndate: 2024-11-28\n---\n\n" +
		"The fourth meeting of the working group concluded successfully. It agreed on next steps.\n\n" +
		"## Key outcomes:\n\n- A roadmap was adopted.\n- Experts will meet in March.\n"
	d, err := Load("a.md", []byte(md), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != "markdown" {
		t.Errorf("Format = %q, want markdown", d.Format)
	}
	if d.Title != "Talks concluded in Moscow" || d.Date != "2024-11-28" {
		t.Errorf("title, date = %q, %q, want the front matter's", d.Title, d.Date)
	}
	if got := strings.Join(d.Headings(), "|"); got != "Key outcomes:" {
		t.Errorf("Headings() = %q, want %q", got, "Key outcomes:")
	}
	bullets := 0
	for _, b := range d.Blocks {
		if b.Kind == Bullet {
			bullets++
		}
	}
	if bullets != 2 {
		t.Errorf("%d bullets, want 2", bullets)
	}
}

// TestLoadText checks that text is parsed as it is, with one-per-line input
// never sent to a format reader.
func TestLoadText(t *testing.T) {
	d, err := Load("", []byte("# Not a heading\nThe council met.\n"), ReadOptions{OnePerLine: true})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != "text" || len(d.Sentences) != 2 || d.Sentences[0].Text != "# Not a heading" {
		t.Errorf("one-per-line Load = format %q, %d sentences (%q), want text, 2, the line as written", d.Format, len(d.Sentences), d.Sentences[0].Text)
	}
}

// TestLoadTooLarge checks that the limit is an error with its value.
func TestLoadTooLarge(t *testing.T) {
	_, err := Load("a.txt", []byte("The council met today."), ReadOptions{MaxBytes: 5})
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.Limit != 5 {
		t.Fatalf("Load over MaxBytes = %v, want *TooLargeError{Limit: 5}", err)
	}
	if _, err := Load("a.txt", []byte("The council met today."), ReadOptions{MaxBytes: -1}); err != nil {
		t.Errorf("Load with no limit: %v", err)
	}
}

// TestTooManyWords: a document over MaxWords is refused before any other
// work, with the limit in the error; the default bounds a 50 MB line.
func TestTooManyWords(t *testing.T) {
	text := []byte(strings.Repeat("word ", 101))
	_, err := Parse(text, ReadOptions{MaxWords: 100})
	var tw *TooManyWordsError
	if !errors.As(err, &tw) || tw.Limit != 100 {
		t.Fatalf("Parse(101 words, MaxWords 100) = %v, want *TooManyWordsError{100}", err)
	}
	if _, err := Parse(text, ReadOptions{MaxWords: -1}); err != nil {
		t.Errorf("Parse with no word limit: %v", err)
	}
	// the shortest text over the limit, and the longest under it that is
	// not counted (twice the limit in bytes)
	if _, err := Parse([]byte(strings.Repeat("a ", 100)+"b"), ReadOptions{MaxWords: 100}); !errors.As(err, &tw) {
		t.Errorf("Parse(101 one-letter words, MaxWords 100) = %v, want *TooManyWordsError", err)
	}
	if _, err := Parse([]byte(strings.Repeat("a ", 100)), ReadOptions{MaxWords: 100}); err != nil {
		t.Errorf("Parse(100 one-letter words, MaxWords 100) = %v", err)
	}
	if _, err := Parse(text, ReadOptions{}); err != nil {
		t.Errorf("Parse(101 words) with the default limit: %v", err)
	}
}
