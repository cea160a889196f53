package render

import (
	"bytes"
	"errors"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"go.yaml.in/yaml/v3"

	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/internal/pdfnote"
)

// pipelineSeeds are the golden documents plus inputs that stress the
// Markdown of a note: markup, template syntax and line-start characters
// in titles and sentences.
func pipelineSeeds(f *testing.F) {
	for _, ar := range goldenCases(f) {
		f.Add(golden.File(ar, "input"))
	}
	for _, s := range []string{
		"Title With # Hash ##\n\nThe ministers signed the *accord* in Paris. They agreed to meet in `June`.",
		"<b>Bold</b> Title\n\nMinisters met in {{ .Title }} and signed a pact. They agreed: 1. to trade; 2. to talk.",
		"---\ntitle: x\n---\nThe council met. It agreed a | table | row. Next meeting in May.",
		"# 2024. A Year\n\n- The leaders agreed to cut tariffs.\n- They signed the deal on 3 March 2025.",
		"The minister said: \"[link](javascript:alert(1))\" and ![img](http://x/y.png) were signed by Dr. A. B. Smith.",
		"Ministers Sign Trade Pact\n\nThe trade ministers of Ruritania and Freedonia signed a trade agreement in Geneva on Monday.",
	} {
		f.Add([]byte(s))
	}
}

var (
	tagRE = regexp.MustCompile(`<[^>]*>`)
	h1RE  = regexp.MustCompile(`(?s)<h1>(.*?)</h1>`)
	// allowedTags are the elements the default template makes; extracted
	// text must add none (autolinks aside, which keep the text).
	allowedTags = map[string]bool{"h1": true, "h2": true, "p": true, "strong": true, "em": true, "ul": true, "li": true, "br": true, "hr": true, "a": true}
	tagNameRE   = regexp.MustCompile(`^</?([a-z0-9]+)`)
)

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// visible is the text a reader sees in rendered HTML: block elements
// separate words, inline ones (links, emphasis) do not.
func visible(h string) string {
	h = tagRE.ReplaceAllStringFunc(h, func(tag string) string {
		if m := tagNameRE.FindStringSubmatch(tag); m != nil && (m[1] == "a" || m[1] == "strong" || m[1] == "em") {
			return ""
		}
		return " "
	})
	return collapse(html.UnescapeString(h))
}

// FuzzNote runs the whole note pipeline, text → Document → Brief →
// Markdown, and checks the note: the front matter parses as YAML with
// go.yaml.in/yaml/v3 and says what the Brief says, and the body re-parses
// with goldmark (GFM) to the same text: every extracted sentence shows
// verbatim, the title is the heading, and no extracted text adds markup;
// and the default body written by hand is the template's, byte for byte.
func FuzzNote(f *testing.F) {
	pipelineSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, ok := briefOf(raw)
		if !ok {
			return
		}
		checkDefaultBody(t, b) // the hand-written body is the template's
		var buf bytes.Buffer
		if err := Markdown(&buf, b, nil); err != nil {
			t.Fatalf("Markdown: %v", err)
		}
		md := buf.String()
		rest, ok := strings.CutPrefix(md, "---\n")
		if !ok {
			t.Fatalf("no front matter:\n%s", md)
		}
		fm, body, ok := strings.Cut(rest, "\n---\n")
		if !ok {
			t.Fatalf("front matter not closed:\n%s", md)
		}
		var meta struct {
			Title     string   `yaml:"title"`
			Date      string   `yaml:"date"`
			Source    string   `yaml:"source"`
			Generator string   `yaml:"generator"`
			Persons   []string `yaml:"persons"`
			Outcomes  int      `yaml:"outcomes"`
		}
		if err := yaml.Unmarshal([]byte(fm), &meta); err != nil {
			t.Fatalf("front matter is not YAML: %v\n%s", err, fm)
		}
		if meta.Title != b.Title || meta.Date != string(b.Date) || meta.Source != "fuzz.txt" || meta.Generator != Generator ||
			meta.Outcomes != len(b.Outcomes) || len(meta.Persons) != len(b.Parties.Persons) {
			t.Fatalf("front matter %+v does not match the brief (title %q, date %q, %d outcomes)", meta, b.Title, b.Date, len(b.Outcomes))
		}
		for i, p := range b.Parties.Persons {
			if meta.Persons[i] != p.Name {
				t.Fatalf("front matter person %q, brief %q", meta.Persons[i], p.Name)
			}
		}
		var out bytes.Buffer
		if err := gfm.Convert([]byte(body), &out); err != nil {
			t.Fatal(err)
		}
		rendered := out.String()
		for _, tag := range tagRE.FindAllString(rendered, -1) {
			if m := tagNameRE.FindStringSubmatch(tag); m == nil || !allowedTags[m[1]] {
				t.Fatalf("extracted text made markup %s:\n%s\n----\n%s", tag, body, rendered)
			}
		}
		heading := collapse(b.Title)
		if heading == "" {
			heading = "Briefing note" // the template's heading for a document without a title
		}
		if m := h1RE.FindStringSubmatch(rendered); m == nil || visible(m[1]) != heading {
			t.Fatalf("title %q renders as heading %q:\n%s", b.Title, m, rendered)
		}
		seen := visible(rendered)
		var texts []string
		if b.BLUF != nil {
			texts = append(texts, b.BLUF.Text)
		}
		for _, o := range b.Outcomes {
			texts = append(texts, o.Text)
		}
		// The note shows the summary (not the background, which only the
		// JSON carries) and the next steps.
		for _, it := range b.Summary {
			texts = append(texts, it.Text)
		}
		for _, it := range b.NextSteps {
			texts = append(texts, it.Text)
		}
		for _, p := range b.Parties.Persons {
			texts = append(texts, p.Name, p.Title, p.Role, p.Country)
		}
		for _, o := range b.Parties.Organisations {
			texts = append(texts, o.Name)
		}
		for _, c := range b.Parties.Countries {
			texts = append(texts, c.Name)
		}
		for _, s := range texts {
			if s = collapse(s); s != "" && !strings.Contains(seen, s) {
				t.Fatalf("%q does not survive Markdown:\n%s\n----\n%s", s, body, rendered)
			}
		}
	})
}

// FuzzNotePDF runs text → Brief → PDF: the PDF must be valid and exactly
// one page, whatever the text, unless the text is in a script the PDF
// cannot show (pdfnote.ScriptError), when nothing is written.
func FuzzNotePDF(f *testing.F) {
	pipelineSeeds(f)
	f.Add([]byte(strings.Repeat("The ministers agreed to cut tariffs on steel by half and signed a long accord. ", 400)))
	f.Add([]byte("会议在北京举行。 The leaders 🤝 signed the 𝒜ccord in Paris. Встреча прошла в Москве."))
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	created := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, ok := briefOf(raw)
		if !ok {
			return
		}
		var buf bytes.Buffer
		_, err := PDF(&buf, b, PDFOptions{Created: created})
		var se *pdfnote.ScriptError
		if errors.As(err, &se) && buf.Len() == 0 {
			return
		}
		if err != nil {
			t.Fatalf("PDF: %v", err)
		}
		n, err := api.PageCount(bytes.NewReader(buf.Bytes()), conf)
		if err != nil || n != 1 {
			t.Fatalf("PDF has %d pages (%v), want 1", n, err)
		}
	})
}
