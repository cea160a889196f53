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
	"headings",    // share of paragraphs that are short lines without final punctuation
	"firstperson", // I, we, our, us, my, me per word
	"youword",     // you, your per word
	"said",        // said, says, told per word
	"quotes",      // quotation marks per word
	"dateline",    // the opening looks like a news dateline or byline
	"readoutcue",  // met with, spoke with, readout, joint statement, reaffirmed... per word
	"reportcue",   // this report, Congress, figure, table, percent, CRS... per word
	"speechcue",   // thank you, applause, laughter, ladies and gentlemen, folks... per word
	"billcue",     // be it enacted, is amended, striking, inserting, subsection... per word
	"moneycue",    // quarter, revenue, earnings, per share, guidance, margin... per word
	"upper",       // share of letters that are upper case (0 in lower-cased corpora)
	"digits",      // share of words that start with a digit
	"tags",        // transcript annotation tags ({vocalsound}, [inaudible], (crosstalk)) per word
	"turnrate",    // lines starting with a speaker label per 100 words: "turns" whatever the line wrapping
}

// FeatureNames returns the names of the columns of Features.
func FeatureNames() []string { return append([]string(nil), featureNames...) }

// Word classes of kind-cues.txt that are counted one word at a time.
const (
	classFirstPerson = 1 + iota
	classYou
	classSaid
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
	}{{"readout", 12}, {"report", 13}, {"speech", 14}, {"bill", 15}, {"money", 16}} {
		for _, c := range secs[f.section] {
			w := strings.Fields(c)
			kw := get(w[0])
			kw.cues = append(kw.cues, cue{w[1:], f.col})
		}
	}
	for _, f := range []struct {
		section string
		class   int
	}{{"first-person", classFirstPerson}, {"you", classYou}, {"said", classSaid}} {
		for _, w := range secs[f.section] {
			get(w).class = f.class
		}
	}
	return m
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
	start, colons := i, 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ':' || s[i] == '.' && colons > 0) {
		if s[i] == ':' {
			colons++
		}
		i++
	}
	if colons == 0 || i-start < 4 || s[i-1] == ':' {
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
	lower := strings.ToLower(text)
	words := strings.Fields(lower)
	nw := len(words)
	if nw == 0 {
		return x
	}
	fw := float64(nw)
	// Words beyond MaxBytes, at the density of the part read.
	est := fw * float64(total) / float64(max(len(text), 1))
	x[0] = math.Log1p(est)
	x[1] = math.Log1p(fw / float64(max(len(paras), 1)))
	var turns, qturns, secs, enums, heads, labelled int
	for _, l := range strings.Split(text, "\n") {
		if SpeakerLabel(strings.TrimSpace(l)) > 0 {
			labelled++
		}
	}
	for _, p := range paras {
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
		if fieldsAtMost(p, 10) {
			last, _ := utf8.DecodeLastRuneInString(p)
			if !strings.ContainsRune(".?!:;,\"”'", last) {
				heads++
			}
		}
	}
	np := float64(max(len(paras), 1))
	x[2] = float64(turns) / np
	x[3] = float64(qturns) / np
	x[4] = float64(secs) / np
	x[5] = float64(enums) / np
	x[6] = float64(heads) / np
	var fp, you, said, digits int
	for i, w := range words {
		w = strings.TrimFunc(w, isEdgePunct)
		words[i] = w
	}
	lex := kindLexicon()
	for i, w := range words {
		if kw := lex[w]; kw != nil {
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
			}
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			digits++
		}
	}
	x[7] = 100 * float64(fp) / fw
	x[8] = 100 * float64(you) / fw
	x[9] = 100 * float64(said) / fw
	x[10] = 100 * float64(strings.Count(text, "\"")+strings.Count(text, "“")+strings.Count(text, "”")+strings.Count(text, "``")) / fw
	x[11] = dateline(text)
	for col := 12; col <= 16; col++ {
		x[col] *= 100 / fw // per 100 words
	}
	var up, letters int
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	if letters > 0 {
		x[17] = float64(up) / float64(letters)
	}
	x[18] = float64(digits) / fw
	x[19] = 100 * float64(strings.Count(lower, "{vocalsound}")+strings.Count(lower, "{disfmarker}")+strings.Count(lower, "[inaudible")+
		strings.Count(lower, "(crosstalk")+strings.Count(lower, "{pause}")+strings.Count(lower, "[laughter")) / fw
	x[20] = 100 * float64(labelled) / fw
	return x
}

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

// dateline reports 1 when the opening looks like a news story's: an
// agency or outlet in parentheses ("(CNN)", "( cnn )", "(Reuters)"), a
// place in capitals before a dash or comma and date, or a byline.
func dateline(text string) float64 {
	head := text[:min(len(text), 400)]
	l := strings.ToLower(head)
	for _, k := range []string{"( cnn )", "(cnn)", "(reuters)", "(ap)", "(afp)", "-lrb- cnn -rrb-", "by associated press",
		"by reuters", "daily mail reporter", "updated:", "published:", "last updated", "\nby ", "by . "} {
		if strings.Contains(l, k) {
			return 1
		}
	}
	// "WASHINGTON —", "LONDON, March 3 (Reuters) -": a word in capitals
	// followed by a dash or a comma, on the first lines.
	for _, line := range strings.SplitN(head, "\n", 6) {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		w := strings.TrimRight(f[0], ",")
		if len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w &&
			(strings.HasSuffix(f[0], ",") || f[1] == "—" || f[1] == "-" || f[1] == "--" || f[1] == "–") {
			return 1
		}
	}
	return 0
}
