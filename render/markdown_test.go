package render

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/brief-dev/brief/briefing"
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

// TestSingleSpaced: the fast path of EscapeMarkdown takes only text that
// collapsing white space would leave as it is.
func TestSingleSpaced(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "a": true, "two words.": true, " lead": false, "trail ": false, "two  spaces": false,
		"tab\there": false, "line\nbreak": false, "cr\rx": false, "nbsp\u00a0x": false, "é": false, " ": false,
	} {
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
		if singleSpaced(s) && strings.Join(strings.Fields(s), " ") != s {
			t.Errorf("singleSpaced(%q), but collapsing changes it", s)
		}
	}
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

// TestTemplateLimits: a template cannot loop for minutes over an integer
// constant, nested or not, nor write more than MaxNote bytes; ordinary
// ranges over the brief's lists are untouched.
func TestTemplateLimits(t *testing.T) {
	for _, text := range []string{
		`{{range 2000000000}}x{{end}}`,
		`{{range 2000000000}}{{end}}`,
		`{{range 1001}}{{range 1001}}{{end}}{{end}}`,
		`{{define "x"}}{{range 5000000}}{{end}}{{end}}{{template "x"}}`,
	} {
		if _, err := ParseTemplate("t", text); err == nil || !strings.Contains(err.Error(), "loop too long") {
			t.Errorf("ParseTemplate(%q) = %v, want a loop error", text, err)
		}
	}
	for _, text := range []string{`{{range 1000}}{{range 1000}}.{{end}}{{end}}`, `{{range .Outcomes}}{{.Text}}{{end}}`, `{{range $i, $o := .Outcomes}}{{$i}}{{end}}`} {
		if _, err := ParseTemplate("t", text); err != nil {
			t.Errorf("ParseTemplate(%q) = %v, want it accepted", text, err)
		}
	}
	// A million iterations of a 40-byte line pass the cap and stop the note.
	tmpl, err := ParseTemplate("t", `{{range 1000}}{{range 1000}}0123456789012345678901234567890123456789{{end}}{{end}}`)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	err = Markdown(&out, &briefing.Brief{Title: "x"}, tmpl)
	if err == nil || !strings.Contains(err.Error(), "larger than") || out.Len() != 0 {
		t.Errorf("Markdown with 40 MB of output = %v, %d bytes written; want the size error and nothing written", err, out.Len())
	}
}
