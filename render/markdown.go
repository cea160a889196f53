package render

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"text/template"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/templates"
)

// Generator names the program in front matter and footers.
const Generator = "brief"

// templateFuncs are the functions Markdown templates may call. They only
// format text: templates get no file, environment or network access.
var templateFuncs = template.FuncMap{
	"md":   EscapeMarkdown,
	"kind": KindLabel,
	"join": func(list []string) string { return strings.Join(list, ", ") },
	// the people and organisations a note lists, and how many more
	"persons":           listedPersons,
	"organisations":     listedOrganisations,
	"morePersons":       morePersons,
	"moreOrganisations": moreOrganisations,
	// the (at most 8) speakers of a transcript who say most, and how many more
	"speakers":     listedSpeakers,
	"moreSpeakers": moreSpeakers,
}

// ParseTemplate parses a Markdown body template with the functions the
// default one uses. Errors name the template and line.
//
// A template whose ranges over integer constants would loop more than a
// million times in all is refused, and one that writes more than MaxNote
// bytes fails when it does, so a user's template cannot hang brief or
// fill its memory.
func ParseTemplate(name, text string) (*template.Template, error) {
	t, err := template.New(name).Funcs(templateFuncs).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, err
	}
	if err := checkLoops(t); err != nil {
		return nil, err
	}
	return t, nil
}

// DefaultTemplate returns the embedded Markdown body template, parsed once
// per process (a parsed template is safe for concurrent Execute calls).
var DefaultTemplate = sync.OnceValue(func() *template.Template {
	text, err := templates.FS.ReadFile(templates.Markdown)
	if err != nil {
		panic(err) // embedded at build time: cannot be missing
	}
	return template.Must(ParseTemplate(templates.Markdown, string(text)))
})

// frontMatter is the YAML header of a Markdown note: what pandoc, Hugo and
// Obsidian read.
type frontMatter struct {
	Title         string   `yaml:"title"`
	Date          string   `yaml:"date,omitempty"`
	Place         string   `yaml:"place,omitempty"`
	Source        string   `yaml:"source"`
	Generator     string   `yaml:"generator"`
	Persons       []string `yaml:"persons,omitempty"`
	Organisations []string `yaml:"organisations,omitempty"`
	Countries     []string `yaml:"countries,omitempty"`
	Outcomes      int      `yaml:"outcomes"`
}

// Markdown writes b as a Markdown note: YAML front matter, then the body
// rendered by tmpl (nil means DefaultTemplate). Output is built in memory
// and written once, so a template error writes nothing.
func Markdown(w io.Writer, b *briefing.Brief, tmpl *template.Template) error {
	fm := frontMatter{
		Title: b.Title, Date: string(b.Date), Place: b.Place, Source: b.Source,
		Generator: Generator, Outcomes: len(b.Outcomes),
	}
	for _, p := range b.Parties.Persons {
		fm.Persons = append(fm.Persons, p.Name)
	}
	for _, o := range b.Parties.Organisations {
		fm.Organisations = append(fm.Organisations, o.Name)
	}
	for _, c := range b.Parties.Countries {
		fm.Countries = append(fm.Countries, c.Name)
	}
	// The note is built in a buffer kept from note to note: a batch
	// renders thousands, and growing a fresh one each time was a fifth of
	// the bytes a Markdown note allocated. w must not keep it (io.Writer).
	bp := noteBufs.Get().(*[]byte)
	buf := cappedBuffer{b: (*bp)[:0]}
	defer func() {
		if cap(buf.b) <= 64<<10 { // an outsize note's buffer is left to the collector
			*bp = buf.b[:0]
			noteBufs.Put(bp)
		}
	}()
	buf.WriteString("---\n")
	if fast, ok := appendFrontMatter(buf.b, &fm); ok && len(fast) <= MaxNote {
		buf.b = fast
	} else if err := encodeFrontMatter(&buf, &fm); err != nil {
		return err
	}
	buf.WriteString("---\n\n")
	if tmpl == nil || tmpl == DefaultTemplate() {
		// the default body without reflection; the same bytes, and the
		// same failure past MaxNote as the template's capped writes
		if buf.b = appendDefaultBody(buf.b, b); len(buf.b) > MaxNote {
			return errNoteTooLarge
		}
	} else if err := tmpl.Execute(&buf, b); err != nil {
		return err
	}
	_, err := w.Write(buf.b)
	return err
}

// noteBufs are Markdown's note buffers, reused.
var noteBufs = sync.Pool{New: func() any { return new([]byte) }}

// encodeFrontMatter writes fm through the YAML encoder.
func encodeFrontMatter(w io.Writer, fm *frontMatter) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return fmt.Errorf("front matter: %w", err)
	}
	enc.Close()
	return nil
}

// KindLabel turns an outcome kind into a short label ("joint_position" →
// "Joint position").
func KindLabel(kind string) string {
	if kind == "" {
		return ""
	}
	s := strings.ReplaceAll(kind, "_", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// EscapeMarkdown makes extracted text safe to place inline in
// GitHub-flavoured Markdown: characters that start emphasis, code, links,
// HTML, tables or strikethrough are backslash-escaped, and those that only
// matter at the start of a line (headings, lists, block quotes) are escaped
// there. Line breaks become spaces, since each item is one line.
func EscapeMarkdown(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	// Most sentences need no backslash: they are returned as they are,
	// without a copy.
	first := 0
	for first < len(s) && !escapedAt(s, first) {
		first++
	}
	if first == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:first])
	for i := first; i < len(s); i++ {
		if escapedAt(s, i) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// escapedAt reports whether EscapeMarkdown puts a backslash before s[i].
func escapedAt(s string, i int) bool {
	switch s[i] {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '{', '}', '#':
		// '#' everywhere: a run of them at the end of a heading line
		// would close the ATX heading and vanish.
		return true
	case '+', '-', '=', '!':
		return i == 0
	case '.', ')':
		return i > 0 && allDigits(s[:i]) // "2024. The …" would start an ordered list
	}
	return false
}

// singleSpaced reports an ASCII s whose words are already joined by single
// spaces, with none at either end: strings.Fields and strings.Join would
// give it back unchanged, and most extracted sentences are so.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || '\t' <= c && c <= '\r' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
