package formats

import (
	"fmt"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// blockKind is what a block of extracted text is.
type blockKind int

const (
	paragraph blockKind = iota
	heading
	bullet
	tableRow // one row of a data table, cells joined by " | "
	caption  // a figure or table caption the format marks as one
	footnote // a footnote at the foot of a page, its marker first
)

// block is one unit of extracted text. Readers collect blocks rather than
// writing text directly, because the title can only be chosen, and written
// first, once the whole document has been seen.
type block struct {
	kind  blockKind
	level int // heading level, 1…6
	text  string
}

// doc collects what a reader finds. The text budget is checked as blocks
// arrive, so a hostile input stops early instead of after filling memory.
type doc struct {
	limits   Limits
	blocks   []block
	size     int64
	title    string
	date     string
	byline   string
	warnings []string
	full     bool         // the budget is spent: readers stop
	stop     *atomic.Bool // set when the reader has run out of time
}

// add appends a cleaned block, dropping empty ones. It returns ErrTooLarge
// once the text exceeds the budget.
func (d *doc) add(kind blockKind, level int, text string) error {
	if d.full {
		return d.tooLarge()
	}
	if kind == paragraph {
		text = cleanLines(text)
	} else {
		text = cleanLine(text)
	}
	if text == "" {
		return nil
	}
	d.size += int64(len(text)) + 8 // markers and blank lines
	if d.size > d.limits.MaxBytes {
		d.full = true
		return d.tooLarge()
	}
	d.blocks = append(d.blocks, block{kind, min(max(level, 1), 6), text})
	return nil
}

func (d *doc) tooLarge() error {
	return fmt.Errorf("%w: text larger than %d bytes", ErrTooLarge, d.limits.MaxBytes)
}

func (d *doc) warn(format string, args ...any) {
	if len(d.warnings) < 20 { // a broken file can warn per page; keep it readable
		d.warnings = append(d.warnings, fmt.Sprintf(format, args...))
	}
}

// titleFromHeadings sets the title from the first heading of level 1 when
// the reader found none in metadata, and removes that heading so it is not
// written twice.
func (d *doc) titleFromHeadings() {
	if d.title != "" {
		return
	}
	for i, b := range d.blocks {
		if b.kind == heading && b.level == 1 {
			d.title = b.text
			d.blocks = append(d.blocks[:i], d.blocks[i+1:]...)
			return
		}
	}
}

// render writes the blocks in the form summarize.Parse reads: a "# " title
// line, a bare date line (metadata to the reader, wherever it stands), "#"
// heading markers, blank-line-separated paragraphs and runs of "- " lines.
func (d *doc) render() string {
	d.title = cleanLine(d.title)
	var b strings.Builder
	b.Grow(int(d.size) + len(d.title) + 32)
	sep := func() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
	}
	if d.title != "" {
		b.WriteString("# ")
		b.WriteString(d.title)
	}
	if d.date != "" {
		sep()
		b.WriteString(d.date)
	}
	dupTitle := d.title != ""
	prev := paragraph
	for i, bl := range d.blocks {
		switch bl.kind {
		case heading:
			// Web pages and Word files repeat the title as a heading;
			// once is enough.
			if dupTitle && strings.EqualFold(bl.text, d.title) {
				dupTitle = false
				continue
			}
			sep()
			b.WriteString(strings.Repeat("#", bl.level))
			b.WriteByte(' ')
		case bullet, tableRow:
			if i > 0 && prev == bl.kind {
				b.WriteByte('\n')
			} else {
				sep()
			}
			if bl.kind == bullet {
				b.WriteString("- ")
			} else {
				// a pipe row, which the reader keeps out of the sentences
				b.WriteString("| ")
				bl.text += " |"
			}
		case caption:
			sep()
			b.WriteString(": ") // pandoc's caption marker, which the reader knows
		case footnote:
			sep()
			b.WriteString("[^")
			mark, text, _ := strings.Cut(bl.text, " ")
			b.WriteString(mark)
			b.WriteString("]: ")
			bl.text = text
		default:
			sep()
			bl.text = protectLines(bl.text)
		}
		b.WriteString(bl.text)
		prev = bl.kind
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// protectLines keeps paragraph lines that start like a Markdown heading
// ("# 1 priority") from being read as one, by dropping the marker's space
// meaning: a zero-width joiner would be invisible but the reader deletes
// those, so a full-width number sign is used instead.
func protectLines(s string) string {
	if !strings.Contains(s, "#") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		n := 0
		for n < len(ln) && ln[n] == '#' {
			n++
		}
		if n > 0 && n <= 6 && n < len(ln) && ln[n] == ' ' {
			lines[i] = strings.Repeat("＃", n) + ln[n:]
		}
	}
	return strings.Join(lines, "\n")
}

// cleanLine makes s one line of printable text: invalid UTF-8 replaced,
// control and zero-width characters dropped (the reader takes a share of
// control bytes for binary data), white space collapsed.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(cleanChars(s)), " ")
}

// cleanLines is cleanLine for each line of s, keeping line breaks but not
// blank lines: a paragraph stays one blank-line-separated group.
func cleanLines(s string) string {
	if !strings.Contains(s, "\n") {
		return cleanLine(s)
	}
	var out []string
	for _, ln := range strings.Split(s, "\n") {
		if ln = cleanLine(ln); ln != "" {
			out = append(out, ln)
		}
	}
	return strings.Join(out, "\n")
}

func cleanChars(s string) string {
	clean := utf8.ValidString(s)
	for i := 0; clean && i < len(s); i++ {
		c := s[i]
		clean = c >= 0x20 && c != 0x7F && c < 0xC2 || c == '\n' || c == '\t' || c >= 0xC2 && !isOddRune(s[i:])
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\n', r == '\t':
			b.WriteRune(r)
		case r == '\r', r == '\v', r == '\f', r == '\u2028', r == '\u2029', r == '\u0085':
			b.WriteByte('\n')
		case r == '\u00A0' || r == '\u202F' || r == '\u2007':
			b.WriteByte(' ')
		case unicode.IsControl(r), r == '\u200B', r == '\uFEFF', r == '\u00AD', r == '\u2060':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isOddRune reports a rune at the start of s that cleanChars would change.
func isOddRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '\u2028', '\u2029', '\u0085', '\u00A0', '\u202F', '\u2007', '\u200B', '\uFEFF', '\u00AD', '\u2060':
		return true
	}
	return unicode.IsControl(r)
}

// quote makes a message from a third-party parser fit in an error: one
// line, printable, short. Parsers quote the bytes they choke on, and those
// bytes are the attacker's.
func quote(msg string) string {
	msg = cleanLine(msg)
	if utf8.RuneCountInString(msg) > 100 {
		r := []rune(msg)
		msg = string(r[:100]) + "…"
	}
	return msg
}
