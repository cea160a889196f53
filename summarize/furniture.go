package summarize

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/relit"
	"github.com/brief-dev/brief/internal/vocab"
)

// Page furniture of reports: lines that are there for the printed page,
// not for the reader of the text. Text taken from a PDF or a paginated
// DOCX keeps its tables of contents and page numbers, and each would
// otherwise be a "sentence".

// isPageFurniture reports whether line s is a table-of-contents entry
// ("Introduction ........ 3", "Findings . . . . 12", "Summary … iv") or a
// page number ("Page 3", "Page 3 of 40", "- 12 -", "12").
// maxFurnitureLine bounds the bytes of a line that can be page furniture
// (a page number, a contents entry, a running header): the checks then
// cost nothing on the long lines of running text.
const maxFurnitureLine = 400

func isPageFurniture(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if len(s) > maxFurnitureLine {
		return false // a paragraph, not a page number or a contents entry
	}
	// A page number: digits or a small Roman numeral, maybe between
	// dashes or after "Page".
	t := vocab.ToLower(s)
	t = strings.TrimPrefix(t, "page ")
	t = strings.Trim(t, "-–— ")
	if num, of, ok := strings.Cut(t, " of "); ok {
		if pageNumber(num) && pageNumber(of) {
			return true
		}
	} else if pageNumber(t) && (len(t) < len(s) || allDigits(t)) {
		return true
	}
	// A contents entry: a caption, a leader of dots, a page number.
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || !pageNumber(strings.ToLower(s[i+1:])) {
		return false
	}
	head := strings.TrimRight(s[:i], " ")
	leader := 0
	for len(head) > 0 {
		switch {
		case head[len(head)-1] == '.' || head[len(head)-1] == ' ':
			if head[len(head)-1] == '.' {
				leader++
			}
			head = head[:len(head)-1]
		case strings.HasSuffix(head, "…"):
			leader += 3
			head = strings.TrimSuffix(head, "…")
		default:
			return leader >= 4 && len(head) > 0
		}
	}
	return false
}

// pageNumber reports whether s is a page number: up to three digits (a
// year is not a page), or a lower-case Roman numeral of up to six letters.
func pageNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	if allDigits(s) {
		return len(s) <= 3
	}
	for i := 0; i < len(s); i++ {
		if !isLowerRoman(s[i]) && s[i] != 'l' && s[i] != 'c' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !vocab.IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isStageDirection reports a sentence or line of a transcript or a speech
// that records a reaction rather than what was said: "(Applause.)",
// "[Laughter]", "(Cross-talk.)" — one or two words wholly in parentheses
// or brackets. Longer records ("(Motion agreed to)", "(The meeting
// adjourned at 11:02 a.m.)") say what was decided or done, and stay.
func isStageDirection(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || len(s) > 80 {
		return false
	}
	open, closing := s[0], s[len(s)-1]
	if !(open == '(' && closing == ')' || open == '[' && closing == ']') {
		return false
	}
	inner := s[1 : len(s)-1]
	return !strings.ContainsAny(inner, "()[]") && len(strings.Fields(inner)) <= 2 && inner != ""
}

// The furniture of long documents besides page numbers: captions and the
// source and note lines under figures and tables, table rows, footnotes,
// and running headers and footers. None of it is prose, so none of it may
// become a summary sentence, an outcome or a bottom line. Each rule looks
// at the shape of a line (or at its repetition across pages), never at a
// particular document.

// captionNumber is what follows a caption's label ("Figure", "Table A-2"):
// a number, maybe with a letter or dotted parts, and then a full stop, a
// colon, a dash or the end of the line. "Table 2 shows that …" is prose
// about a table, not its caption.
var captionNumber = lazyre.New(`^(?:[A-Z]{1,2}[-.]?)?\d{1,3}(?:[.-]\d{1,3})*[a-z]?(?:[.:]|\s+[-–—|]|\s*$)`)

// footnoteMark opens a note with its marker in brackets: "[3] Ibid.",
// "[^2]: See …" (a Markdown footnote definition), "[a] Data for 2023";
// not a year in brackets.
var footnoteMark = lazyre.New(`^\[(?:\^[^\]\s]{1,20}|\d{1,3}|[a-z]|[*†‡]{1,3})\]:?\s+\S`)

// footnoteNumber is the number or symbol a footnote at the foot of a page
// opens with ("12 See …", "¹ Ibid.", "* For more …"), capturing the text
// after it.
var footnoteNumber = lazyre.New(`^(?:\d{1,3}\s+|(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}|[†‡])\s*)(\S.*)$`)

// furnitureWords are the sections of furniture.txt.
var furnitureWords = sync.OnceValue(func() map[string][]string {
	return vocab.Sections("furniture.txt")
})

// notesHeadings are the headings of notes and references sections.
var notesHeadings = sync.OnceValue(func() map[string]bool {
	return lineSet(furnitureWords()["notes-headings"])
})

// lineSet makes a set of entries that are one a line and may hold spaces
// ("works cited"), where vocab.Set would take each word for an entry.
func lineSet(lines []string) map[string]bool {
	m := make(map[string]bool, len(lines))
	for _, ln := range lines {
		m[ln] = true
	}
	return m
}

// hasPrefixFold reports whether line s starts with one of prefixes
// (lower case ASCII), ignoring the case of ASCII letters, and returns the
// rest of s after it; with word set, the prefix must end at a space,
// punctuation or the end. Byte by byte, so that the rest is cut exactly
// where the prefix ends and nothing is allocated.
func hasPrefixFold(s string, prefixes []string, word bool) (string, bool) {
	for _, p := range prefixes {
		if !asciiPrefixFold(s, p) {
			continue
		}
		if !word || len(s) == len(p) || !vocab.IsASCIILetter(s[len(p)]) {
			return s[len(p):], true
		}
	}
	return "", false
}

func asciiPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// captionMarker returns the length of the caption marker ": " that the
// format readers (and pandoc) put before a caption they know as such, or
// 0.
func captionMarker(s string) int {
	if len(s) > 2 && s[0] == ':' && s[1] == ' ' && s[2] != ' ' {
		return 2
	}
	return 0
}

// isCaption reports whether line s opens a caption: a label and its number
// ("Figure 3. Share of …", "Table 2: …", "Exhibit 4"), pandoc's "Table: …",
// or a source line ("Source: CRS analysis of …").
func isCaption(s string) bool {
	if IsSourceLine(s) {
		return true
	}
	if _, ok := hasPrefixFold(s, []string{"table: "}, false); ok {
		return true // pandoc's caption of the table above
	}
	for _, label := range furnitureWords()["caption-labels"] {
		if asciiPrefixFold(s, label) && len(s) > len(label) && s[len(label)] == ' ' &&
			captionNumber.MatchString(strings.TrimLeft(s[len(label):], " ")) {
			return true
		}
	}
	return false
}

// IsSourceLine reports whether s opens the line under a table or figure
// that says where its figures come from ("Source: CRS analysis of …"), or
// the line under a release that names the agency it came from ("Source:
// Qatar News Agency"): a Caption block, kept out of the sentences.
func IsSourceLine(s string) bool {
	_, ok := hasPrefixFold(s, furnitureWords()["source-lines"], false)
	return ok
}

// isNoteLine reports whether s opens the note under a table or figure
// ("Notes: Figures are rounded."), furniture only right after one.
func isNoteLine(s string) bool {
	_, ok := hasPrefixFold(s, furnitureWords()["note-lines"], false)
	return ok
}

// isFootnote reports whether line s opens a footnote: a bracketed marker
// ("[3] …", "[^1]: …"), or a number or symbol followed by the words of a
// citation ("12 See …", "3 For more on …", "¹ Ibid.") or a web address.
// A numbered heading ("1 Introduction") or a sentence that starts with a
// number ("12 states signed …") is not one.
func isFootnote(s string) bool {
	if footnoteMark.MatchString(s) {
		return true
	}
	if len(s) > 400 || !strings.ContainsAny(s[:min(len(s), 4)], "0123456789*†‡¹²³⁴⁵⁶⁷⁸⁹⁰") {
		return false
	}
	m := footnoteNumber.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	rest := m[1]
	if _, ok := hasPrefixFold(rest, furnitureWords()["footnote-openings"], true); ok {
		return true
	}
	return strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.")
}

// isTableRow reports whether line s is a row of a table: a pipe row
// ("| 2023 | 4.1% |", "|---|---|", "a | b | c"), cells set apart by tabs
// (or, when loose, runs of spaces) that are short and mostly numbers
// ("Alabama   12.4   3,100") or all a few words without punctuation
// ("Rural   Urban   Suburban"), or, when loose, a line of mostly numbers
// with single spaces, as PDF text flattens a table ("Total 1,234 56.7%
// $8.9"). Loose means the line starts a unit rather than carrying on a
// paragraph: typed text puts two spaces after a full stop, so inside a
// paragraph "2019.  In 2020 the" is prose. A cell that ends a sentence or
// a clause ("Good morning, everyone.", "MS. KLEIN:") is never a table's.
func isTableRow(s string, loose bool) bool {
	if strings.HasPrefix(s, "|") && strings.Count(s, "|") >= 2 {
		return true
	}
	if strings.Count(s, " | ") >= 2 && !endsSentence(s) {
		return true
	}
	if len(s) > 300 {
		return false
	}
	if cells := tableCells(s, loose); len(cells) >= 2 {
		numeric, short := 0, 0
		for _, c := range cells {
			words := strings.Fields(c)
			switch {
			case numericCell(words):
				numeric++
			case len(words) > 4 || strings.ContainsAny(c[len(c)-1:], ".!?:;,") || strings.Contains(c, ", "):
				return false // prose
			case len(words) <= 3:
				short++
			}
			if len(words) > 6 {
				return false
			}
		}
		// Two figures at least unless tabs set the cells apart: "2019.  In
		// 2020 it fell" is typed prose.
		figures := numeric >= 2 || numeric == 1 && strings.Contains(s, "\t")
		if figures && numeric*2 >= len(cells) || numeric == 0 && len(cells) >= 3 && short == len(cells) {
			return true
		}
	}
	if !loose || endsSentence(s) {
		return false
	}
	words := strings.Fields(s)
	numeric := 0
	for _, w := range words {
		if numericToken(w) {
			numeric++
		}
	}
	if len(words) < 2 || numeric < 2 || numeric*2 <= len(words) || !numericToken(words[len(words)-1]) && numeric < 3 {
		return false
	}
	// "12 June 2025" and "June 12, 2025" are dates, not figures.
	date, _, _ := findDate(s)
	return date == ""
}

// tableCells splits s at tabs and, with spaces set, at runs of two or
// more spaces; it returns nil when there is no such gap.
func tableCells(s string, spaces bool) []string {
	if !strings.Contains(s, "\t") && !(spaces && strings.Contains(s, "  ")) {
		return nil
	}
	var cells []string
	for _, part := range strings.Split(s, "\t") {
		for spaces {
			i := strings.Index(part, "  ")
			if i < 0 {
				break
			}
			if c := strings.TrimSpace(part[:i]); c != "" {
				cells = append(cells, c)
			}
			part = strings.TrimLeft(part[i:], " ")
		}
		if c := strings.TrimSpace(part); c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

// numericCell reports whether most of a cell's words, the first among
// them, are numbers ("12.5%", "$1.2 billion", "—").
func numericCell(words []string) bool {
	if len(words) == 0 || !numericToken(words[0]) {
		return false
	}
	n := 0
	for _, w := range words {
		if numericToken(w) {
			n++
		}
	}
	return n*2 >= len(words)
}

// numericToken reports whether w is a figure: digits with the signs,
// separators and brackets of amounts and shares ("(1,234.5)", "-3%",
// "$12", "2019"), or a dash or "n/a" standing for a missing figure. A
// time ("10:00") or a word with digits ("COVID-19") is not.
func numericToken(w string) bool {
	switch strings.ToLower(w) {
	case "—", "–", "-", "n/a", "na", "n.a.", "…", "..", "*":
		return true
	}
	digits := 0
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune("$€£¥%,.()+-–−~<>≈*†‡", r):
		default:
			return false
		}
	}
	return digits > 0
}

// isNotesHeading reports whether heading s names a section of notes or
// references ("Notes", "Endnotes", "References:", "7. References").
func isNotesHeading(s string) bool {
	return notesHeadings()[headingKey(s)]
}

// contentsHeadings are the headings of tables of contents and lists of
// figures.
var contentsHeadings = sync.OnceValue(func() map[string]bool {
	return lineSet(furnitureWords()["contents-headings"])
})

// headingKey is heading s lower case, without its number and a final
// colon, for looking it up.
func headingKey(s string) string {
	s = strings.ToLower(strings.TrimRight(s, ": "))
	return strings.TrimLeft(s, "0123456789.ivx ")
}

// endsWithPageNumber reports whether s is an entry of a table of contents
// without a leader: text, then a page number ("Background 3", "Summary
// iv").
func endsWithPageNumber(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return i > 0 && pageNumber(strings.ToLower(s[i+1:])) && !endsSentence(s[:i])
}

// markNotes turns the text of notes and references sections into
// footnotes, the entries of a table of contents into metadata, and a note
// line right after a table or caption into a caption, and the text of a
// release's boilerplate sections ("About Example Corp", "Media contacts")
// into metadata. A notes or boilerplate section counts only after some
// prose, so that a document that is all references is not left with
// nothing to read.
func (d *Document) markNotes(units []unit) []unit {
	inNotes, inContents, inBoiler, text := false, false, false, false
	prev := Paragraph // kind of the last unit that is not metadata
	for i := range units {
		u := &units[i]
		if inContents && u.kind != Meta { // entries with leaders are metadata already
			// the entries of a table of contents, up to the first line
			// that does not end with a page number
			if inContents = endsWithPageNumber(collapseSpace(d.text[u.start:u.end])); inContents {
				u.kind = Meta
				continue
			}
		}
		switch u.kind {
		case Heading, Title:
			key := headingKey(d.text[u.start:u.end])
			inNotes = u.kind == Heading && text && notesHeadings()[key]
			inContents = contentsHeadings()[key]
			inBoiler = u.kind == Heading && text && isBoilerplateHeading(d.text[u.start:u.end])
		case Table, Caption:
			if inNotes {
				u.kind = Footnote // notes laid out as a table of number and text
			}
		case Paragraph, Bullet:
			switch {
			case inNotes:
				u.kind = Footnote
			case inBoiler:
				u.kind = Meta
			case (prev == Table || prev == Caption) && isNoteLine(d.text[u.start:u.end]):
				u.kind = Caption
			default:
				text = true
			}
		}
		if u.kind != Meta {
			prev = u.kind
		}
	}
	return units
}

// runningLines finds the running headers and footers of paginated text
// and returns the normalised offsets of their lines. With page breaks
// (form feeds, as pdftotext writes them) a line is one when it stands
// among the first or last three lines of at least three pages and a fifth
// of them, digits aside ("Congressional Research Service 12", the report's
// title). Without page breaks only a numbered line counts: one that comes
// back at least five times with its number rising and a dozen lines or
// more between ("CRS Report 4", "CRS Report 5", …), since an unnumbered
// line repeated is as likely a speaker's name or a recurring heading.
func runningLines(text string, breaks []int) map[int]bool {
	lines := splitLines(text)
	// The document's first line is its title even when every page repeats
	// it.
	first := -1
	for _, ln := range lines {
		if ln.text != "" {
			first = ln.start
			break
		}
	}
	type seen struct {
		pages, last int // pages it was seen on, the last of them
		at          []int
		nums        []int
		lineNo      []int
	}
	keys := map[string]*seen{}
	note := func(ln line, page, lineNo int) {
		if ln.text == "" || len(ln.text) > 160 || endsSentence(ln.text) && !strings.HasSuffix(ln.text, "…") {
			return
		}
		k, num := runningKey(ln.text)
		if k == "" {
			return
		}
		s := keys[k]
		if s == nil {
			s = &seen{last: -1}
			keys[k] = s
		}
		if s.last != page {
			s.pages++
			s.last = page
		}
		s.at = append(s.at, ln.start)
		s.nums = append(s.nums, num)
		s.lineNo = append(s.lineNo, lineNo)
	}
	pages := 1
	if len(breaks) > 0 {
		// the first and last three non-blank lines of each page
		page, b := 0, 0
		var cur []line
		flush := func() {
			for i, ln := range cur {
				if i < 3 || i >= len(cur)-3 {
					note(ln, page, 0)
				}
			}
			cur = cur[:0]
		}
		for _, ln := range lines {
			for b < len(breaks) && breaks[b] < ln.start {
				flush()
				page++
				b++
			}
			if ln.text != "" {
				cur = append(cur, ln)
			}
		}
		flush()
		pages = page + 1
	} else {
		n := 0
		for _, ln := range lines {
			if ln.text == "" {
				continue
			}
			if _, num := runningKey(ln.text); num >= 0 {
				note(ln, n, n)
			}
			n++
		}
	}
	out := map[int]bool{}
	for _, s := range keys {
		ok := false
		if len(breaks) > 0 {
			ok = s.pages >= 3 && s.pages*5 >= pages
		} else if len(s.at) >= 5 {
			ok = true
			for i := 1; i < len(s.at) && ok; i++ {
				ok = s.nums[i] > s.nums[i-1] && s.lineNo[i]-s.lineNo[i-1] >= 12
			}
		}
		if ok {
			for _, at := range s.at {
				out[at] = at != first
			}
		}
	}
	return out
}

// runningKey is a line with each run of digits made "#", lower case, for
// comparing lines that differ only in their page number; num is the last
// number in the line, or -1. Lines of more than twelve words are not
// headers and get "".
func runningKey(s string) (key string, num int) {
	if len(s) > maxFurnitureLine || vocab.CountWords(s) > 12 {
		return "", -1
	}
	var b strings.Builder
	num = -1
	for i := 0; i < len(s); {
		if vocab.IsDigit(s[i]) {
			j := i
			for j < len(s) && vocab.IsDigit(s[j]) {
				j++
			}
			if j-i <= 4 {
				num, _ = strconv.Atoi(s[i:j])
			}
			b.WriteByte('#')
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return strings.ToLower(b.String()), num
}

// formFeeds returns the offsets in the normalised text of the page breaks
// (form feeds) of raw, which normalisation turned into line breaks.
func formFeeds(raw []byte, text string, m *offsetMap) []int {
	if !bytes.Contains(raw, []byte{'\f'}) {
		return nil
	}
	var out []int
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if p := m.raw(i); p < len(raw) && (raw[p] == '\f' || raw[p] == 0 && p+1 < len(raw) && raw[p+1] == '\f') {
			out = append(out, i)
		}
	}
	return out
}

// isCueTiming reports the lines of a subtitle or caption file (WebVTT,
// SRT) that time the text rather than say it: "WEBVTT", and cue timings
// "00:00:05.000 --> 00:00:09.000" (with or without settings after them).
func isCueTiming(s string) bool {
	if s == "WEBVTT" || strings.HasPrefix(s, "WEBVTT ") {
		return true
	}
	from, to, ok := strings.Cut(s, " --> ")
	if !ok {
		return false
	}
	to, _, _ = strings.Cut(to, " ")
	return kind.IsClockTime(from) && kind.IsClockTime(to)
}

// isGlossaryEntry reports a line of a glossary or word list: a word or
// short phrase, a dash, and its part of speech before the definition
// ("verify – v. to confirm whether something is true", "novel – adj.
// new"), as learners' news and reports end with. It defines a word; it
// says nothing of what the document reports.
func isGlossaryEntry(s string) bool {
	// every dash below starts with one of these three: most lines have none
	if !strings.Contains(s, " -") && !strings.Contains(s, " –") && !strings.Contains(s, " —") {
		return false
	}
	for _, dash := range []string{" – ", " — ", " - ", " –", " -"} {
		term, def, ok := strings.Cut(s, dash)
		if !ok || term == "" || vocab.CountWords(term) > 4 {
			continue
		}
		def = strings.TrimSpace(def)
		pos, _, ok := strings.Cut(def, ". ")
		if !ok || strings.Contains(def, dash) {
			continue // a second dash: prose with an aside, not an entry
		}
		switch pos {
		case "n", "v", "adj", "adv", "prep", "conj", "pron", "phrasal v", "idiom", "n. pl":
			return true
		}
	}
	return false
}

// distributorLine is one expression of furniture.txt's
// [distributor-lines] with the example it must match and the near miss it
// must not, and the strings one of which its every match contains
// (relit.Needed; nil: no pre-test), as indices into the literals of
// distributorSet.
type distributorLine struct {
	re          *regexp.Regexp
	match, miss []string
	need        []string
	fold        bool  // need is lower case, for the lower-cased line
	needIDs     []int // of need, in distributorSet's folded or plain literals
}

// distributorSet is the distributor-line expressions and the literals they
// need, gathered so that a line is searched for all of them in two passes
// (its lower-cased form for the case-insensitive expressions, the line
// itself for the others).
type distributorSet struct {
	lines  []distributorLine
	folded *relit.Set
	plain  *relit.Set
}

// maxDistributorLiterals bounds the literals of either kind, so that a line's
// search keeps what it found on the stack.
const maxDistributorLiterals = 256

// mayMatch reports whether e's pre-test lets the line through: found are
// the literals found, of e's kind; longS says the line holds U+017F,
// which a case-insensitive "s" matches and lower-casing keeps.
func (e *distributorLine) mayMatch(found []bool, longS bool) bool {
	if e.need == nil || e.fold && longS {
		return true
	}
	for _, id := range e.needIDs {
		if found[id] {
			return true
		}
	}
	return false
}

// distributorLines are the patterns of furniture.txt's [distributor-lines]:
// the lines a distribution service or a web page adds to a release
// ("Distributed by … on behalf of …", "… published this content on … and
// is solely responsible …", "SOURCE …", "For more information, contact
// …"). Each is pre-tested on the strings it needs: a line
// rarely holds one, and running the expressions on every line was a fifth
// of the time of reading a plain-text document.
var distributorLines = sync.OnceValue(func() *distributorSet {
	d := &distributorSet{}
	var folded, plain []string
	ids := map[bool]map[string]int{true: {}, false: {}}
	for _, e := range vocab.Examples("furniture.txt")["distributor-lines"] {
		l := distributorLine{re: regexp.MustCompile(e.Text), match: e.Match, miss: e.Miss}
		l.need, l.fold = relit.Needed(e.Text)
		for _, n := range l.need {
			id, ok := ids[l.fold][n]
			if !ok {
				if l.fold {
					id, folded = len(folded), append(folded, n)
				} else {
					id, plain = len(plain), append(plain, n)
				}
				ids[l.fold][n] = id
			}
			l.needIDs = append(l.needIDs, id)
		}
		d.lines = append(d.lines, l)
	}
	if len(folded) > maxDistributorLiterals || len(plain) > maxDistributorLiterals {
		panic("summarize: furniture.txt's distributor lines need too many literals")
	}
	d.folded, d.plain = relit.NewSet(folded), relit.NewSet(plain)
	return d
})

// endMarks are the patterns of furniture.txt's [end-marks]: the lines that
// close a release ("ENDS", "###", "-30-", "End text.").
var endMarks = sync.OnceValue(func() linePatterns {
	return compileLinePatterns("end-marks")
})

// linePattern is one expression of furniture.txt's [end-marks] with the
// examples it must match and the near misses it must not.
type linePattern struct {
	re          *regexp.Regexp
	match, miss []string
}

// linePatterns are the expressions of one section of furniture.txt, each
// with its examples, and all of them joined, so that a line costs one
// match (the end marks' lines are short, so they need no pre-test).
type linePatterns struct {
	each []linePattern
	all  *regexp.Regexp
}

func compileLinePatterns(section string) (out linePatterns) {
	var alt []string
	for _, e := range vocab.Examples("furniture.txt")[section] {
		re := regexp.MustCompile(e.Text)
		out.each = append(out.each, linePattern{re, e.Match, e.Miss})
		alt = append(alt, "(?:"+e.Text+")")
	}
	out.all = regexp.MustCompile(strings.Join(alt, "|"))
	return out
}

// maxEndMark bounds a line that can close a release ("- End of press
// release -" is the longest).
const maxEndMark = 40

// isEndMark reports whether line s closes a release ("ENDS", "###",
// "-30-", "End text."; furniture.txt, [end-marks]). Such a line is
// metadata and holds no name.
func isEndMark(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxEndMark {
		return false
	}
	// every mark, past its dashes and brackets, opens with "end", "###"
	// or "30": most short lines (headings, names) stop here, before the
	// expressions run, as the reader asks this of every line
	switch rest := strings.TrimLeft(s, "-–—([ "); {
	case rest == "":
		return false
	case rest[0] == 'e' || rest[0] == 'E' || rest[0] == '#' || rest[0] == '3':
		return endMarks().all.MatchString(s)
	}
	return false
}

// maxDistributorLine bounds a line that can be a distributor's: the
// longest ("… published this content on … and is solely responsible for
// the information contained therein. Distributed by …") is about 250
// bytes.
const maxDistributorLine = 320

// IsDistributorLine reports whether line s was added by the service that
// distributed a release, or by the page that carries it, rather than
// written as part of it (furniture.txt, [distributor-lines]), or closes
// it (isEndMark): the reader
// makes such a line metadata, and whoever reads the names in metadata can
// tell it from a headline by this.
func IsDistributorLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxDistributorLine {
		return false
	}
	return isEndMark(s) || distributorLines().any(s, func(e *distributorLine) bool { return e.re.MatchString(s) })
}

// any reports whether f is true of one of the expressions whose pre-test
// lets line s through, trying them in order.
func (d *distributorSet) any(s string, f func(*distributorLine) bool) bool {
	var inFolded, inPlain [maxDistributorLiterals]bool
	d.folded.Find(vocab.ToLower(s), inFolded[:])
	d.plain.Find(s, inPlain[:])
	longS := strings.ContainsRune(s, 'ſ')
	for i := range d.lines {
		e := &d.lines[i]
		found := inPlain[:]
		if e.fold {
			found = inFolded[:]
		}
		if e.mayMatch(found, longS) && f(e) {
			return true
		}
	}
	return false
}

// boilerplateHeadings are the headings of a release's boilerplate
// sections (furniture.txt, [boilerplate-headings]).
var boilerplateHeadings = sync.OnceValue(func() map[string]bool {
	return lineSet(furnitureWords()["boilerplate-headings"])
})

// isBoilerplateHeading reports whether heading s opens a section that a
// release carries whatever it reports: "About Example Corp" (the word
// "About" and a name: capitalised, not "This" or "Our", and of two words
// or more after "the"), "Media
// contacts", "Forward-looking statements" (furniture.txt,
// [boilerplate-headings]). "About the survey" or "About this report"
// opens a report's account of its method, and stays.
func isBoilerplateHeading(s string) bool {
	s = strings.TrimSpace(strings.TrimLeft(s, "#* "))
	if boilerplateHeadings()[headingKey(s)] {
		return true
	}
	rest, ok := hasPrefixFold(s, []string{"about "}, false)
	if !ok || vocab.CountWords(rest) > 6 || endsSentence(rest) {
		return false
	}
	first, name, _ := strings.Cut(rest, " ")
	switch first {
	case "the", "The":
		// "About the Harbour Authority": a name of two words or more
		// after "the"; "About the Survey" is a report's section.
		first, _, _ = strings.Cut(name, " ")
		if vocab.CountWords(name) < 2 {
			return false
		}
	case "This", "These", "Our", "Its", "Their":
		return false
	}
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// DistributorLine reports whether line s is a distributor's
// (IsDistributorLine) and returns it without the capitalised label that
// opens some such lines ("SOURCE Example Ministry" is "Example
// Ministry"), so that a reader of its names does not take the label for
// part of a name; other lines come back as they are.
func DistributorLine(s string) (string, bool) {
	if !IsDistributorLine(s) {
		return s, false
	}
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "SOURCE "); ok {
		return rest, true
	}
	return s, true
}
