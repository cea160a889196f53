package kind

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// MaxBytes is how much of a text Features reads: enough to see the shape of
// any document, and it keeps detection of a 100-page report cheap. Only the
// word count looks further, as a byte count.
const MaxBytes = 30000

// featureNames names the columns of Features. The fitted model refers to
// them by name, so renaming one means refitting (go generate ./internal/kind).
var featureNames = []string{
	"logwords",    // log(1 + words), estimated from the size beyond MaxBytes
	"parawords",   // log(1 + mean words per paragraph)
	"turns",       // share of paragraphs that start with a speaker label ("NAME:", "Q ")
	"qturns",      // share of paragraphs that start with "Q" (press-briefing questions)
	"sections",    // share of paragraphs that are "SEC. 2." / "SECTION 1." headings
	"enums",       // share of paragraphs that start "(a)", "(1)", "(A)", "(i)"
	"headings",    // share of paragraphs after the first that are short lines without final punctuation, not dates
	"firstperson", // I, we, our, us, my, me per word
	"youword",     // you, your per word
	"said",        // said, says, told per word
	"quotes",      // quotation marks per word
	"readoutcue",  // met with, spoke with, readout, joint statement, reaffirmed... per word
	"reportcue",   // this report, Congress, figure, table, percent, CRS... per word
	"speechcue",   // thank you, applause, laughter, ladies and gentlemen, folks... per word
	"billcue",     // be it enacted, is amended, striking, inserting, subsection... per word
	"moneycue",    // quarter, revenue, earnings, per share, guidance, margin... per word
	"upper",       // share of letters that are upper case (0 in lower-cased corpora)
	"digits",      // share of words that start with a digit
	"tags",        // transcript annotation tags ({vocalsound}, [inaudible], (crosstalk)) per word
	"turnrate",    // lines starting with a speaker label per 100 words: "turns" whatever the line wrapping
	"thirdperson", // he, she, his, her, they, their... per word: a story about others
	"weekday",     // Monday ... Sunday per word: news dates events by weekday
	"newscue",     // reportedly, alleged, police, spokesman, witnesses, critics... per word
	"issuercue",   // cooperation, committed, will continue to, look forward, media contact... per word
	"speakers",    // log(1 + speaker labels that take the floor twice or more): a transcript has several voices, a speech one
	"issuertitle", // the first line names the document a statement, readout, communiqué or press release
}

// Columns of Features, in the order of featureNames.
const (
	colLogwords = iota
	colParawords
	colTurns
	colQturns
	colSections
	colEnums
	colHeadings
	colFirstperson
	colYouword
	colSaid
	colQuotes
	colReadoutcue
	colReportcue
	colSpeechcue
	colBillcue
	colMoneycue
	colUpper
	colDigits
	colTags
	colTurnrate
	colThirdperson
	colWeekday
	colNewscue
	colIssuercue
	colSpeakers
	colIssuertitle
)

// FeatureNames returns the names of the columns of Features.
func FeatureNames() []string { return append([]string(nil), featureNames...) }

// Word classes of kind-cues.txt that are counted one word at a time.
const (
	classFirstPerson = 1 + iota
	classYou
	classSaid
	classThirdPerson
	classWeekday
)

// kindWords is what Features looks up for each word: the cue phrases that
// start with it and the feature column each counts for, and its class.
type kindWord struct {
	cues  []cue
	class int
}

// kindLexicon maps a lower-case word to its kindWord, read from the shared
// word lists on first use.
var kindLexicon = sync.OnceValue(func() map[string]*kindWord {
	m := map[string]*kindWord{}
	get := func(w string) *kindWord {
		if m[w] == nil {
			m[w] = &kindWord{}
		}
		return m[w]
	}
	secs := vocab.Sections("kind-cues.txt")
	for _, f := range []struct {
		section string
		col     int
	}{{"readout", colReadoutcue}, {"report", colReportcue}, {"speech", colSpeechcue}, {"bill", colBillcue}, {"money", colMoneycue}, {"news", colNewscue}, {"issuer", colIssuercue}} {
		for _, c := range secs[f.section] {
			w := strings.Fields(c)
			kw := get(w[0])
			kw.cues = append(kw.cues, cue{w[1:], f.col})
		}
	}
	for _, f := range []struct {
		section string
		class   int
	}{{"first-person", classFirstPerson}, {"you", classYou}, {"said", classSaid}, {"third-person", classThirdPerson}, {"weekday", classWeekday}} {
		for _, w := range secs[f.section] {
			get(w).class = f.class
		}
	}
	return m
})

// kindShapes filters the look-ups of kindLexicon (vocab.Shapes).
var kindShapes = sync.OnceValue(func() *vocab.Shapes {
	var s vocab.Shapes
	for w := range kindLexicon() {
		s.Add(w)
	}
	return &s
})

// cue is a cue phrase after its first word, and its feature column.
type cue struct {
	rest []string
	col  int
}

// IsQuestion reports a question (a sentence ending in "?", before any
// closing quote or bracket) or a questioner's turn in a transcript ("Q I
// have one follow-up.").
func IsQuestion(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(strings.TrimRight(t, `"”’')`), "?") ||
		strings.HasPrefix(t, "Q ") || strings.HasPrefix(t, "Q: ") || strings.HasPrefix(t, "Q. ")
}

// SpeakerLabel returns the byte length of a speaker label at the start of s
// ("Grad A: ", "MS. JEAN-PIERRE:  ", "The Chair (Hon. Anthony Rota
// (Nipissing, Lib.)): ", "Q "), or 0. A label is at most five words before
// a colon that is followed by a space, the first word capitalised, with no
// sentence punctuation but the full stops of titles; what is in
// parentheses (a member's riding and party) is not counted. A bare "Q"
// followed by a space is a reporter's question.
func SpeakerLabel(s string) int {
	if t := Timestamp(s); t > 0 {
		if k := speakerLabel(s[t:]); k > 0 {
			return t + k
		}
		return 0
	}
	return speakerLabel(s)
}

// Timestamp returns the byte length of a time stamp at the start of s,
// with the spaces after it ("[00:01:23] ", "(01:23) ", "00:01:23 ",
// "1:02:03.500 "), or 0: recorded meetings' transcripts open every turn so.
func Timestamp(s string) int {
	i, closing := 0, byte(0)
	if s != "" && (s[0] == '[' || s[0] == '(') {
		closing = ']'
		if s[0] == '(' {
			closing = ')'
		}
		i = 1
	}
	start := i
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ':' || s[i] == '.' || s[i] == ',') {
		i++
	}
	if !IsClockTime(s[start:i]) {
		return 0
	}
	if closing != 0 {
		if i >= len(s) || s[i] != closing {
			return 0
		}
		i++
	}
	n := i
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	if n == i || n == len(s) {
		return 0 // a time alone, or one run into the text
	}
	return n
}

// IsClockTime reports a time of day or a time code: digits with one or
// two colons, maybe a fraction of a second after them ("10:30",
// "00:01:23", "1:02:03.500", SRT's "00:00:05,000").
func IsClockTime(s string) bool {
	colons := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			colons++
		case c == '.' || c == ',':
			if colons == 0 {
				return false
			}
		case c < '0' || c > '9':
			return false
		}
	}
	return colons >= 1 && colons <= 2 && len(s) >= 4 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

func speakerLabel(s string) int {
	if strings.HasPrefix(s, "Q ") || strings.HasPrefix(s, "Q. ") || strings.HasPrefix(s, "Q: ") {
		return strings.IndexByte(s, ' ') + 1
	}
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0
	}
	words, depth, outside := 1, 0, 1
	for i := 1; i < len(s) && i < 160; i++ {
		c := s[i]
		if depth == 0 {
			outside++
		}
		switch {
		case c == '(':
			depth++
		case c == ')':
			if depth == 0 {
				return 0
			}
			depth--
		case depth > 0:
			// anything goes inside parentheses
		case c == ':':
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' {
				return 0 // a time, a ratio or a URL
			}
			return i + 1
		case c == ' ':
			words++
			if words > 5 {
				return 0
			}
		case c == ',' || c == ';' || c == '?' || c == '!' || c == '"':
			return 0
		}
		if outside > 48 {
			return 0 // long outside parentheses: a sentence
		}
	}
	return 0
}

// paragraphs splits text into paragraphs: blocks between blank lines, or
// lines when the text has (almost) no blank lines, as transcripts that put
// one turn on each line do. Each paragraph has its lines joined by spaces.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	blank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank++
		}
	}
	var out []string
	if blank*20 < len(lines) {
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		if l = strings.TrimSpace(l); l == "" {
			flush()
		} else {
			cur = append(cur, l)
		}
	}
	flush()
	return out
}

// wordsPool holds the word slices of Features: a text's words are used only
// inside the call, and reusing one slice saves both the counting pass that
// sized a new one and a slice of ~10 kB per document.
var wordsPool = sync.Pool{New: func() any { return new([]string) }}

// Features returns the features of text in the order of FeatureNames.
func Features(text string) []float64 {
	x := make([]float64, len(featureNames))
	total := len(text)
	if len(text) > MaxBytes {
		text = text[:MaxBytes]
		for len(text) > 0 && !utf8.ValidString(text[len(text)-1:]) && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	paras := paragraphs(text)
	lower := vocab.ToLower(text)
	wp := wordsPool.Get().(*[]string)
	words := vocab.AppendFields((*wp)[:0], lower)
	defer func() {
		clear(words) // keep no document's text alive in the pool
		*wp = words[:0]
		wordsPool.Put(wp)
	}()
	nw := len(words)
	if nw == 0 {
		return x
	}
	fw := float64(nw)
	// Words beyond MaxBytes, at the density of the part read.
	est := fw * float64(total) / float64(max(len(text), 1))
	x[colLogwords] = math.Log1p(est)
	x[colParawords] = math.Log1p(fw / float64(max(len(paras), 1)))
	var turns, qturns, secs, enums, heads, labelled int
	speakers := map[string]int{}
	for l := range strings.SplitSeq(text, "\n") { // the lines of Split, without the slice
		l = strings.TrimSpace(l)
		if SpeakerLabel(l) > 0 {
			labelled++
		}
		countSpeakers(l, speakers)
	}
	repeated := 0
	for _, n := range speakers {
		if n >= 2 {
			repeated++
		}
	}
	x[colSpeakers] = math.Log1p(float64(repeated))
	x[colIssuertitle] = issuerTitle(text)
	for i, p := range paras {
		if SpeakerLabel(p) > 0 {
			turns++
		}
		if strings.HasPrefix(p, "Q ") || strings.HasPrefix(p, "Q: ") || strings.HasPrefix(p, "Q. ") {
			qturns++
		}
		if hasPrefixFold(p, "SEC. ") || hasPrefixFold(p, "SECTION ") {
			secs++
		}
		if len(p) > 3 && p[0] == '(' && strings.IndexByte(p[:min(len(p), 7)], ')') > 1 {
			enums++
		}
		// Section headings: the title every document has and a date
		// line under it are not counted, nor a short line that the next
		// continues in lower case (a hard-wrapped sentence).
		if i > 0 && fieldsAtMost(p, 10) && !isDateLine(p) && !(i+1 < len(paras) && startsLower(paras[i+1])) {
			last, _ := utf8.DecodeLastRuneInString(p)
			if !strings.ContainsRune(".?!:;,\"”'", last) {
				heads++
			}
		}
	}
	np := float64(max(len(paras), 1))
	x[colTurns] = float64(turns) / np
	x[colQturns] = float64(qturns) / np
	x[colSections] = float64(secs) / np
	x[colEnums] = float64(enums) / np
	x[colHeadings] = float64(heads) / np
	var fp, you, said, third, weekday, digits int
	for i, w := range words {
		if plainEdge(w[0]) && plainEdge(w[len(w)-1]) {
			continue // nothing to trim (strings.Fields gives no empty word)
		}
		words[i] = strings.TrimFunc(w, isEdgePunct)
	}
	lex, shapes := kindLexicon(), kindShapes()
	for i, w := range words {
		if w == "" || !shapes.May(w) {
			// no word of the lexicon has this word's first and last byte
			// and length: most words are settled without a map look-up
		} else if kw := lex[w]; kw != nil {
			for _, c := range kw.cues {
				if i+len(c.rest) < len(words) && slices.Equal(words[i+1:i+1+len(c.rest)], c.rest) {
					x[c.col]++
				}
			}
			switch kw.class {
			case classFirstPerson:
				fp++
			case classYou:
				you++
			case classSaid:
				said++
			case classThirdPerson:
				third++
			case classWeekday:
				weekday++
			}
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			digits++
		}
	}
	x[colFirstperson] = 100 * float64(fp) / fw
	x[colYouword] = 100 * float64(you) / fw
	x[colSaid] = 100 * float64(said) / fw
	x[colQuotes] = 100 * float64(strings.Count(text, "\"")+strings.Count(text, "“")+strings.Count(text, "”")+strings.Count(text, "``")) / fw
	for _, col := range []int{colReadoutcue, colReportcue, colSpeechcue, colBillcue, colMoneycue, colNewscue, colIssuercue} {
		// Per 100 words, on a log scale: three cue phrases in a
		// 90-word text are not thirty times the evidence of one in 300.
		x[col] = math.Log1p(x[col] * 100 / fw)
	}
	var up, letters int
	for i := 0; i < len(text); i++ {
		// ASCII without the Unicode tables; the rest rune by rune
		if c := text[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				letters++
			} else if 'A' <= c && c <= 'Z' {
				letters++
				up++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size - 1
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	if letters > 0 {
		x[colUpper] = float64(up) / float64(letters)
	}
	x[colDigits] = float64(digits) / fw
	x[colTags] = 100 * float64(strings.Count(lower, "{vocalsound}")+strings.Count(lower, "{disfmarker}")+strings.Count(lower, "[inaudible")+
		strings.Count(lower, "(crosstalk")+strings.Count(lower, "{pause}")+strings.Count(lower, "[laughter")) / fw
	x[colTurnrate] = 100 * float64(labelled) / fw
	x[colThirdperson] = 100 * float64(third) / fw
	x[colWeekday] = 100 * float64(weekday) / fw
	return x
}

// plainEdge reports an ASCII byte that isEdgePunct leaves alone.
func plainEdge(c byte) bool { return c < utf8.RuneSelf && !isEdgePunct(rune(c)) }

// isEdgePunct is the punctuation trimmed from the ends of a word:
// .,;:!?"'()[] and curly quotes.
func isEdgePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '“', '”', '‘', '’':
		return true
	}
	return false
}

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// fieldsAtMost reports whether s has at most n fields (as strings.Fields
// splits), without making them.
func fieldsAtMost(s string, n int) bool {
	count, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if count++; count > n {
				return false
			}
		}
	}
	return true
}

// issuerTitle reports 1 when the first line of text, its title, names the
// document as an issuer's own: a statement, readout, communiqué, press
// release or fact sheet. News stories are titled by what happened.
// maxTitleBytes bounds the first line that issuerTitle takes for a title.
const maxTitleBytes = 300

func issuerTitle(text string) float64 {
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if len(first) > maxTitleBytes {
		return 0 // no title line: text without line breaks (CNN/DM) is one long "line"
	}
	first = strings.ToLower(first)
	for _, w := range []string{"statement", "readout", "communiqué", "communique", "press release", "fact sheet"} {
		if strings.Contains(first, w) {
			return 1
		}
	}
	return 0
}

// months are the month names and abbreviations isDateLine looks for.
var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

// isDateLine reports a short line that is a date ("November 18, 2004",
// "Thursday, December 1, 2016", "2025-03-02"): at most six words, a digit,
// and a month's name or abbreviation or an ISO date.
func isDateLine(p string) bool {
	if !fieldsAtMost(p, 6) || !strings.ContainsAny(p, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(p)) {
		w = strings.TrimFunc(w, isEdgePunct)
		if slices.Contains(months, w) {
			return true
		}
		if len(w) == 10 && w[4] == '-' && w[7] == '-' {
			return true
		}
	}
	return false
}

// countSpeakers counts in n the speaker labels of line: at its start, and
// after the end of a sentence within it, as a transcript whose line breaks
// were lost has them ("… move on. Member B: Okay."). A label that ends the
// line introduces what follows ("Blogger Jane Doe writes:") and is not
// counted; a turn has words after it.
func countSpeakers(line string, n map[string]int) {
	for start := 0; start < len(line); {
		rest := line[start:]
		if k := SpeakerLabel(rest); k > 0 && strings.TrimSpace(rest[k:]) != "" {
			n[strings.ToUpper(strings.TrimSpace(rest[:k]))]++
		}
		// The next sentence: after ". ", "? " or "! ".
		next := -1
		for i := 0; i+1 < len(rest); i++ {
			if (rest[i] == '.' || rest[i] == '?' || rest[i] == '!') && rest[i+1] == ' ' {
				next = i + 2
				break
			}
		}
		if next < 0 {
			return
		}
		start += next
		for start < len(line) && line[start] == ' ' {
			start++
		}
	}
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
