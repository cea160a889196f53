package render

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

var tags = regexp.MustCompile(`<[^>]*>`)

// renderedText renders md as GitHub-flavoured Markdown and returns the
// visible text, and whether the HTML had any element other than the
// paragraph and autolinks (emphasis, code, headings, lists, raw HTML …).
func renderedText(t testing.TB, md string) (string, bool) {
	var buf bytes.Buffer
	if err := gfm.Convert([]byte(md), &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	extra := false
	for _, tag := range tags.FindAllString(out, -1) {
		switch {
		case tag == "<p>", tag == "</p>", tag == "</a>", strings.HasPrefix(tag, "<a href="):
		default:
			extra = true
		}
	}
	return strings.TrimSpace(html.UnescapeString(tags.ReplaceAllString(out, ""))), extra
}

func TestEscapeMarkdown(t *testing.T) {
	for _, s := range []string{
		"Plain sentence.",
		"*Bold claims* and _underscores_ and __double__ and **stars**.",
		"# Not a heading",
		"## Neither",
		"- not a list item",
		"+ nor this",
		"1. not an ordered list",
		"2024) not either",
		"> not a quote",
		"| a | b |",
		"Cells | split | here",
		"<script>alert('x')</script>",
		"Use `code` and ``more``.",
		"~~struck~~ and ~tilde~",
		"[a link](http://example.com) and ![an image](x.png)",
		"Entities &amp; &#169; &copy; stay literal.",
		"Back\\slash at the end\\",
		"=== setext?",
		"{{ .Title }} is template syntax in the text",
		"***",
		"Line\nbreaks\n\nand  spaces",
	} {
		want := strings.Join(strings.Fields(s), " ")
		got, extra := renderedText(t, EscapeMarkdown(s))
		if got != want || extra {
			t.Errorf("EscapeMarkdown(%q) = %q renders as %q (extra markup: %v), want %q", s, EscapeMarkdown(s), got, extra, want)
		}
	}
}

// FuzzEscapeMarkdown: any text, escaped, renders back to itself as one
// plain paragraph.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"*a*", "# h", "<b>x</b>", "1. x", "a | b", "`c`", "&amp;", "_x_", "[l](u)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !validPlain(s) {
			return
		}
		want := strings.Join(strings.Fields(s), " ")
		got, extra := renderedText(t, EscapeMarkdown(s))
		if got != want || extra {
			t.Errorf("EscapeMarkdown(%q) = %q renders as %q (extra markup: %v)", s, EscapeMarkdown(s), got, extra)
		}
	})
}

// validPlain keeps the fuzzer to text a sentence can hold: valid UTF-8
// without control characters or NUL, which the reader never passes on.
func validPlain(s string) bool {
	for _, r := range s {
		if r == 0xFFFD || (r < 0x20 && r != ' ' && r != '\n' && r != '\t') || r == 0x7F || (r >= 0x80 && r < 0xA0) {
			return false
		}
	}
	return true
}
