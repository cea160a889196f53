package summarize

import (
	"github.com/brief-dev/brief/internal/segment"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/vocab"
)

// A line is one input line, trimmed, as offsets into the normalised text.
type line struct {
	start, end int
	text       string
}

// A unit is a block before its text is materialised.
type unit struct {
	kind       BlockKind
	start, end int // normalised offsets
}

// readStructure turns the normalised text into blocks. The rules are those
// that real press releases need: blank-line paragraphs, hard-wrapped lines
// joined, headings (short lines with no final punctuation) kept apart from
// the text after them, bullets as their own units, link lists and reference
// codes as metadata, a truncated headline followed by its full form, and a
// date fused to the start of the text.
func (d *Document) readStructure() {
	d.running = runningLines(d.text, d.pageBreaks)
	var units []unit
	for _, group := range paragraphGroups(d.text) {
		units = append(units, d.groupUnits(group, len(units) == 0 || onlyMeta(units), !hasText(units))...)
	}
	units = d.fixTitle(units)
	units = demoteTrailingHeadings(units)
	if !hasText(units) {
		units = d.proseHeadings(units)
	}
	units = d.markNotes(units)
	d.setBlocks(units)
}

// readLines makes every non-blank line a paragraph of its own.
func (d *Document) readLines() {
	var units []unit
	for _, ln := range splitLines(d.text) {
		if ln.text != "" {
			units = append(units, unit{Paragraph, ln.start, ln.end})
		}
	}
	d.setBlocks(units)
}

// hasText reports whether units hold a paragraph or a bullet.
func hasText(units []unit) bool {
	for _, u := range units {
		if u.kind == Paragraph || u.kind == Bullet {
			return true
		}
	}
	return false
}

func onlyMeta(units []unit) bool {
	for _, u := range units {
		if u.kind != Meta {
			return false
		}
	}
	return true
}

// splitLines returns the lines of text with surrounding white space trimmed.
func splitLines(text string) []line {
	var lines []line
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := pos, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		lines = append(lines, line{s, e, text[s:e]})
		pos = end + 1
	}
	return lines
}

// paragraphGroups splits the lines into runs separated by blank lines.
func paragraphGroups(text string) [][]line {
	var groups [][]line
	var cur []line
	for _, ln := range splitLines(text) {
		if ln.text == "" {
			if len(cur) > 0 {
				groups = append(groups, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, ln)
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	return groups
}

// groupUnits classifies the lines of one blank-line-separated group.
// atStart: nothing but metadata comes before it, so its first line may be
// the title; beforeText: no paragraph or bullet comes before it, so its
// first paragraph may open with a dateline.
func (d *Document) groupUnits(group []line, atStart, beforeText bool) []unit {
	var units []unit
	var cur *unit
	flush := func() {
		if cur != nil {
			units = append(units, *cur)
			cur = nil
		}
	}
	width := 0
	for _, ln := range group {
		width = max(width, utf8.RuneCountInString(ln.text))
	}
	wrapped := len(group) >= 3 && width <= 110
	turns := speakerTurns(group)
	for i, ln := range group {
		first := atStart && len(units) == 0 && cur == nil
		// A line that follows the end of a sentence, or nothing, or that
		// would not carry on the line before, starts a new unit; only such
		// a line may open a caption or a footnote, or be a row of figures
		// with single spaces, so that a hard-wrapped paragraph line
		// starting "Table 2." or "12 See" stays prose.
		fresh := cur == nil || cur.kind == Table || endsSentence(group[i-1].text) || !continues(group[i-1].text, ln.text, wrapped, width)
		// Rows of figures come before metadata, which takes a line with
		// digits and no space ("2000\t386\t12.3%") for a reference code;
		// page numbers and contents lines come first of all.
		table := !isPageFurniture(ln.text) && isTableRow(ln.text, fresh)
		switch {
		case isEndMark(ln.text):
			// "ENDS", "###": the release's own end, no part of it
			flush()
			continue
		case !table && (d.running[ln.start] || isMetaLine(ln.text)):
			flush()
			units = append(units, unit{Meta, ln.start, ln.end})
			if d.Date == "" {
				if date, _, _ := findDate(ln.text); date != "" {
					d.Date = date
				}
			}
			continue
		case strings.HasPrefix(ln.text, "#"):
			if n := markdownHeading(ln.text); n > 0 {
				flush()
				units = append(units, unit{Heading, ln.start + n, ln.end})
				continue
			}
		}
		if table {
			if cur != nil && cur.kind == Table {
				cur.end = ln.end
				continue
			}
			// The line just before the first row, short and unpunctuated,
			// is the table's header ("Account Budget 2023 Budget 2024").
			if prev := group[max(i-1, 0)]; i > 0 && cur != nil && cur.kind == Paragraph && cur.start >= prev.start &&
				!endsSentence(prev.text) && len(strings.Fields(prev.text)) <= 10 {
				cur.kind, cur.end = Table, ln.end
				continue
			}
			flush()
			cur = &unit{Table, ln.start, ln.end}
			continue
		}
		if n := captionMarker(ln.text); n > 0 || (fresh || cur.kind != Paragraph && cur.kind != Bullet) && isCaption(ln.text) || IsSourceLine(ln.text) {
			flush()
			cur = &unit{Caption, ln.start + n, ln.end}
			continue
		}
		if fresh && isFootnote(ln.text) {
			flush()
			cur = &unit{Footnote, ln.start, ln.end}
			continue
		}
		if n := bulletMarker(ln.text); n > 0 {
			flush()
			if len(group) == 1 && vocab.IsDigit(ln.text[0]) && allCapsHeading(ln.text[n:]) {
				// "1. INTRODUCTION" on a line of its own is a numbered
				// heading, not the first item of a list
				units = append(units, unit{Heading, ln.start, ln.end})
				continue
			}
			cur = &unit{Bullet, ln.start + n, ln.end}
			continue
		}
		if cur != nil && cur.kind == Table {
			flush() // a table ends at its first line that is not a row
		}
		if cur != nil {
			// A bullet on a line of its own ends there unless the text is
			// hard-wrapped or the next line starts in lower case: scraped
			// pages put an unpunctuated item right before the next paragraph.
			bulletEnds := cur.kind == Bullet && !wrapped && startsUpper(ln.text)
			newTurn := turns && kind.SpeakerLabel(ln.text) > 0
			if !bulletEnds && !newTurn && continues(group[i-1].text, ln.text, wrapped, width) {
				cur.end = ln.end
				continue
			}
			flush()
		}
		next := ""
		if i+1 < len(group) && !isMetaLine(group[i+1].text) {
			next = group[i+1].text
		}
		if d.isHeadingLine(ln.text, next, len(group) == 1, first, wrapped, width) {
			units = append(units, unit{Heading, ln.start, ln.end})
			continue
		}
		start := ln.start
		if beforeText && !hasText(units) {
			start += d.skipDateline(ln.text)
		}
		cur = &unit{Paragraph, start, ln.end}
	}
	flush()
	return units
}

// speakerTurns reports a group of lines that is a transcript's turns, one
// line each ("Marketing: Yeah ."): at least three lines, and a third of
// them, open with a speaker label. Each such line then starts a paragraph
// even when the line before ends without a full stop, as a spoken turn
// often does.
func speakerTurns(group []line) bool {
	if len(group) < 3 {
		return false
	}
	labelled := 0
	for _, ln := range group {
		if kind.SpeakerLabel(ln.text) > 0 {
			labelled++
		}
	}
	return labelled >= 3 && labelled*3 >= len(group)
}

// beforeTrailingNote is s without a parenthesis that closes it ("… call
// quality. (Recommendation 1)" → "… call quality."), or s: a sentence
// followed by a note in brackets is still a sentence, not a heading.
func beforeTrailingNote(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	if i := strings.LastIndexByte(s, '('); i > 0 {
		return strings.TrimRight(s[:i], " ")
	}
	return s
}

// continues reports whether line next carries on the paragraph that line
// prev belongs to.
func continues(prev, next string, wrapped bool, width int) bool {
	if endsSentence(prev) {
		// A full stop at the end of a line that fills the wrap width is
		// just where the wrap fell; a short last line ends a paragraph.
		return wrapped && utf8.RuneCountInString(prev) >= width*3/4
	}
	if !startsUpper(next) {
		return true
	}
	return utf8.RuneCountInString(prev) >= 40 || endsWithConnector(prev)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]»")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;。！？।…", r)
}

// connectors are words a heading or sentence cannot end on
// (connectors.txt).
var connectors = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("connectors.txt")["headings"])
})

func endsWithConnector(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return connectors()[strings.ToLower(s[i+1:])]
}

// isHeadingLine reports whether s, followed by line next (empty at the end
// of its group), is a heading or title rather than text.
func (d *Document) isHeadingLine(s, next string, alone, first, wrapped bool, width int) bool {
	if isLegalHeading(s) {
		return true
	}
	if isLeadIn(s) {
		return false
	}
	if strings.TrimSpace(s) == "" {
		return false
	}
	if endsSentence(s) || endsSentence(beforeTrailingNote(s)) || strings.HasSuffix(s, ",") || endsWithConnector(s) {
		// most lines of prose end here: no need to cut them into words
		return strings.HasSuffix(s, "…") && first && vocab.NumFields(s) <= 30
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("$£€¥\"“‘'(", r) {
		return false
	}
	// the words are counted (vocab.NumFields is len(strings.Fields)), and
	// made only for the title-case test at the end
	nwords := vocab.NumFields(s)
	if alone && first {
		// the document's first line, on its own: a title, however long
		// (joint statements name every party: 36 words), unless it opens
		// with a whole sentence of prose and goes on: a first paragraph
		// whose last sentence lacks its full stop ("… will be available
		// HERE")
		return nwords <= 60 && len(s) <= 500 && !opensWithSentence(s)
	}
	if alone || first {
		return nwords <= 30 && len(s) <= 250
	}
	if nwords > 14 || (wrapped && utf8.RuneCountInString(s) > width*7/10) {
		return false
	}
	if next != "" {
		nr, _ := utf8.DecodeRuneInString(next)
		if !unicode.IsUpper(nr) && !unicode.IsDigit(nr) && bulletMarker(next) == 0 {
			return false
		}
	}
	return titleCased(strings.Fields(s))
}

// opensWithSentence reports a line whose first sentence, of ten words or
// more and ending in a full stop, is followed by another.
func opensWithSentence(s string) bool {
	spans := segment.Split(s)
	if len(spans) < 2 {
		return false
	}
	first := strings.TrimSpace(s[spans[0].Start:spans[0].End])
	return strings.HasSuffix(first, ".") && len(strings.Fields(first)) >= 10
}

// allCapsHeading reports whether s is a short line in capitals with no
// final punctuation ("INTRODUCTION", "FINDINGS AND RECOMMENDATIONS").
func allCapsHeading(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 || endsSentence(s) {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 3
}

// titleCased reports whether most of the content words are capitalised.
func titleCased(words []string) bool {
	caps, content := 0, 0
	for _, w := range words {
		if connectors()[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return content > 0 && caps*10 >= content*7
}

// markdownHeading returns the length of a "## " marker, or 0.
func markdownHeading(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// bulletMarker returns the length of a list marker and the space after it
// ("- ", "• ", "1. ", "(a) ", "iv) "), or 0.
func bulletMarker(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == '-' || r == '*' || r == '+' || r == '·' || r == '–' || r == '—' || vocab.IsBullet(r):
		return afterMarker(s, size)
	}
	// "06 A Memorandum …": zero-padded item numbers of copied lists
	if len(s) > 3 && s[0] == '0' && vocab.IsDigit(s[1]) && s[2] == ' ' {
		if r, _ := utf8.DecodeRuneInString(s[3:]); unicode.IsUpper(r) {
			return 3
		}
	}
	// (1) (a) (iv)
	i := 0
	if s != "" && s[0] == '(' {
		i = 1
	}
	j := i
	for j < len(s) && j-i < 3 && (vocab.IsDigit(s[j]) || isLowerRoman(s[j]) || (j == i && vocab.IsASCIILetter(s[j]))) {
		j++
	}
	if j == i || j >= len(s) {
		return 0
	}
	letters := s[i:j]
	if !vocab.IsDigit(letters[0]) && len(letters) > 1 && !allRoman(letters) {
		return 0
	}
	switch {
	case i == 1 && s[j] == ')':
		return afterMarker(s, j+1)
	case i == 0 && (s[j] == '.' || s[j] == ')'):
		if s[j] == '.' && !vocab.IsDigit(letters[0]) && len(letters) == 1 && unicode.IsUpper(rune(letters[0])) {
			return 0 // "J. Smith said": an initial, not a list
		}
		return afterMarker(s, j+1)
	}
	return 0
}

// afterMarker returns n plus the spaces after it, or 0 when no space follows
// (so "-5 degrees" and "3.5%" are not bullets).
func afterMarker(s string, n int) int {
	if n >= len(s) || s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	if n >= len(s) {
		return 0
	}
	return n
}

func isLowerRoman(c byte) bool { return c == 'i' || c == 'v' || c == 'x' }
func allRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLowerRoman(s[i]) {
			return false
		}
	}
	return true
}

// isMetaLine reports lines that carry no prose: lists of links (language
// versions, social embeds), bare URLs, reference codes (SG/SM/21982), bare
// dates, "Posted On:" stamps and the lines a distributor adds to a release
// (IsDistributorLine).
func isMetaLine(s string) bool {
	if isPageFurniture(s) || isStageDirection(s) || isCueTiming(s) || isGlossaryEntry(s) || IsDistributorLine(s) {
		return true
	}
	if strings.HasPrefix(s, "[") && strings.Contains(s, "](") && strings.HasSuffix(s, ")") {
		return true
	}
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "pic.twitter.com/") {
		return !strings.Contains(s, " ")
	}
	if !strings.Contains(s, " ") && strings.ContainsAny(s, "/0123456789") && len(s) < 40 {
		return true
	}
	head := s
	if len(head) > 64 {
		head = head[:64] // the prefixes are short: no need to lower-case a whole paragraph
	}
	lower := vocab.ToLower(head)
	for _, p := range metaPrefixes() {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	if len(s) > dateWindow {
		return false // too long to be just a date (and a 10 MB line costs no regexp run)
	}
	if !mayStartWithDate(s) {
		return false
	}
	if date, at, end := findDate(s); date != "" && at == 0 && end >= len(strings.TrimRight(s, " .")) {
		return true // the line is just a date
	}
	return false
}

// mayStartWithDate is false for a line that findDate cannot find a date
// at the start of: every date it reads starts with a digit or a month's
// name and has a year of four digits. The regular expressions cost more
// than this test over every line.
func mayStartWithDate(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0] | 0x20; !('0' <= s[0] && s[0] <= '9') && !strings.ContainsRune("jfmasond", rune(c)) {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// metaPrefixes open the metadata lines of press releases, lower case
// (openings.txt).
var metaPrefixes = sync.OnceValue(func() []string {
	sec := vocab.Sections("openings.txt")
	out := append([]string{}, sec["meta"]...)
	for _, w := range sec["meta-words"] {
		out = append(out, w+" ")
	}
	return out
})

// fixTitle picks the title among the first units: a heading-like first
// line, skipping metadata, and replacing a headline truncated with "…" by
// its full form when the text repeats it.
func (d *Document) fixTitle(units []unit) []unit {
	i := 0
	for i < len(units) && units[i].kind == Meta {
		i++
	}
	if i == len(units) || units[i].kind != Heading {
		return units
	}
	if sectionHeadings()[strings.ToLower(strings.Trim(d.text[units[i].start:units[i].end], " \t.:#0123456789"))] {
		return units // "Introduction": the text starts with its first section
	}
	units[i].kind = Title
	t := strings.TrimSpace(d.text[units[i].start:units[i].end])
	if strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") {
		prefix := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "…"), "..."), " ")
		if i+1 < len(units) && strings.HasPrefix(d.text[units[i+1].start:units[i+1].end], prefix) {
			units[i].kind = Meta
			if units[i+1].kind == Heading {
				units[i+1].kind = Title
			}
		}
	}
	return units
}

// demoteTrailingHeadings turns headings with no text after them (sign-off
// names, tag lines) into metadata.
func demoteTrailingHeadings(units []unit) []unit {
	for i := len(units) - 1; i >= 0; i-- {
		switch units[i].kind {
		case Heading:
			units[i].kind = Meta
		case Meta:
		default:
			return units
		}
	}
	return units
}

// proseHeadings makes text of the headings and the title of a document
// that has no other text, when they are written as prose and not in title
// case: a sentence or two piped in without a final full stop ("The
// ministers agreed to meet again in May") is the text to brief, while a
// document of title-cased headings alone ("Annual Report", "Outlook")
// still has none.
func (d *Document) proseHeadings(units []unit) []unit {
	prose := func(u unit) bool {
		return !titleCased(strings.Fields(d.text[u.start:u.end])) && !markedHeading(d.text, u.start)
	}
	for i, u := range units {
		if (u.kind == Heading || u.kind == Meta && d.lineHeading(u)) && prose(u) {
			units[i].kind = Paragraph
		}
	}
	// the title is the text only when nothing else is
	if !hasText(units) {
		for i, u := range units {
			if u.kind == Title && prose(u) {
				units[i].kind = Paragraph
				break
			}
		}
	}
	return units
}

// markedHeading reports a unit at start that a Markdown marker ("## ")
// made a heading: the writer said so.
func markedHeading(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i < start && i > 0 && text[i-1] == '#'
}

// lineHeading reports a metadata unit that only demoteTrailingHeadings
// made so: a line that isMetaLine does not take for metadata.
func (d *Document) lineHeading(u unit) bool {
	return !isMetaLine(d.text[u.start:u.end]) && !d.running[u.start]
}

// setBlocks materialises units into Blocks, mapping offsets to the input.
func (d *Document) setBlocks(units []unit) {
	section := ""
	d.Blocks = make([]Block, 0, len(units))
	for _, u := range units {
		text := collapseSpace(d.text[u.start:u.end])
		if text == "" {
			continue
		}
		switch u.kind {
		case Title:
			d.Title = cleanTitle(text)
		case Heading:
			section = text
		}
		d.Blocks = append(d.Blocks, Block{Kind: u.kind, Text: text, Start: d.offsets.raw(u.start), End: d.offsets.raw(u.end), Section: section, norm: [2]int{u.start, u.end}})
	}
}

// cleanTitle drops the site name that web pages append ("… | News |
// European Parliament").
func cleanTitle(t string) string {
	if i := strings.Index(t, " | "); i > 0 && strings.Count(t, " | ") >= 1 {
		return strings.TrimSpace(t[:i])
	}
	return t
}

// inferTitle takes the subject of a first sentence such as "The fourth
// meeting of … concluded successfully in Moscow" when the document has no
// title line.
func inferTitle(first string) string {
	words := strings.Fields(first)
	for i, w := range words {
		if i < 3 {
			continue
		}
		if titleVerbs()[strings.ToLower(w)] {
			if i > 25 {
				break
			}
			return strings.TrimRight(strings.Join(words[:i], " "), ",;:")
		}
	}
	if len(words) <= 12 {
		return strings.TrimRight(first, ".!?")
	}
	return ""
}

// sectionHeadings open a section of a report and are no title
// (openings.txt).
var sectionHeadings = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, h := range vocab.Sections("openings.txt")["section-headings"] {
		set[h] = true // whole lines: "table of contents"
	}
	return set
})

// titleVerbs end the subject of an opening sentence (openings.txt).
var titleVerbs = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("openings.txt")["title-verbs"])
})

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
