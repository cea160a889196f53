package briefing

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// token is a word or a punctuation mark of a text.
type token struct {
	text   string
	folded string // fold(text), made once by tokenize; "" when not made
	// start and end are byte offsets in the text, int32 so that they and
	// the two small fields fill one 16-byte word: a token takes 48 bytes,
	// not 56 (every sentence is tokenized, and the analysis walks each
	// sentence's tokens a dozen times).
	start, end int32
	word       bool
	// shape caches isCap, isLowerWord and isAcronym: made once by
	// tokenize, since the finders ask them of every token, pass after
	// pass (isCap alone was asked about 6,000 times a news text, too
	// often for a call that does not inline); 0 when not made.
	shape tokenShape
}

// tokenShape holds the answers of the shape tests of a token.
type tokenShape uint8

const (
	shapeMade    tokenShape = 1 << iota // the bits below are the token's
	shapeCap                            // isCap
	shapeLower                          // isLowerWord
	shapeAcronym                        // isAcronym
)

// shapeOf is the shape of a token, made.
func shapeOf(t token) tokenShape {
	s := shapeMade
	if capShape(t) {
		s |= shapeCap
	}
	if lowerShape(t) {
		s |= shapeLower
	}
	if acronymShape(t) {
		s |= shapeAcronym
	}
	return s
}

// key is the token's folded form (fold), the form the lexicons are keyed
// by: made once by tokenize, since every lexicon looks each token up.
func (t token) key() string {
	if t.folded != "" {
		return t.folded
	}
	return fold(t.text)
}

// abbreviations keep their full stop as part of the word: every entry of
// the vocabulary's abbreviations.txt, lower case, without the stop.
var abbreviations = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, lines := range vocab.Sections("abbreviations.txt") {
		for _, a := range lines {
			m[strings.ToLower(strings.TrimSuffix(a, "."))] = true
		}
	}
	return m
})

func isJoiner(r rune) bool {
	return r == '.' || r == '\'' || r == '’' || r == '-' || r == '–' || r == '&'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most text is ASCII: a table, small enough to inline
		return asciiWordRune[r]
	}
	return isWordRuneUnicode(r)
}

// asciiWordRune holds the ASCII letters and digits.
var asciiWordRune = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRuneUnicode(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into words and punctuation. Words keep internal
// joiners ("U.S", "Sherwood-Randall", "M&MTC"); a full stop stays on
// abbreviations and initials; a possessive "’s" is its own token.
//
// It is the tokenizer of names and phrases, with byte offsets; the rankers
// (internal/rank) and ROUGE (internal/rouge) cut words differently on
// purpose (see rank's tokenize), and the sentence splitter works on
// characters.
func tokenize(s string) []token {
	toks, _ := tokenizeLower(s)
	return toks
}

// tokenizeLower is tokenize, and s lower-cased when it is ASCII ("" when
// it is not): the copy the tokens' folded forms are pieces of, which a
// passage keeps for whoever lower-cases its text again.
func tokenizeLower(s string) ([]token, string) {
	// A sentence has about one token in five bytes, but the estimate is
	// short for three sentences in ten, and growing the slice copies it:
	// one in four allocates the fewest tokens in all (over the 25,488
	// sentences of a thousand news texts, 792,000 against 941,000 for one
	// in five and 1,018,000 for one in three).
	toks, lower := appendTokens(make([]token, 0, len(s)/4+1), s)
	setShapes(toks)
	return toks, lower
}

// setShapes records the shape of each token (tokenShape).
func setShapes(toks []token) {
	for k := range toks {
		toks[k].shape = shapeOf(toks[k])
	}
}

// appendTokens appends the tokens of s to toks, without their shapes,
// and returns s lower-cased when it is ASCII ("" when it is not).
func appendTokens(toks []token, s string) ([]token, string) {
	// An ASCII text is lower-cased once, and each token's folded form is
	// a piece of that copy rather than a string of its own.
	if len(s) > math.MaxInt32 {
		// offsets are int32: a sentence is read to its first 2 GiB (one
		// that long needs 28 GiB of tokens and never got here in one piece)
		s = s[:math.MaxInt32]
	}
	ascii := vocab.IsASCII(s)
	var lower string
	if ascii {
		lower = vocab.ToLower(s)
	}
	foldAt := func(a, b int) string {
		if !ascii {
			return fold(s[a:b])
		}
		// fold's trimming, in ASCII: a final full stop, then an apostrophe
		if b > a && s[b-1] == '.' {
			b--
		}
		if b > a && s[b-1] == '\'' {
			b--
		}
		return lower[a:b]
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{text: s[i : i+size], start: int32(i), end: int32(i + size), folded: foldAt(i, i+size)})
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiWordRune[c] {
				j++ // an ASCII letter or digit: isWordRune of the rune decoded below
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if isJoiner(r) && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if isWordRune(r2) && (r != '.' || dotJoins(s[i:j], r2)) {
					j += n
					continue
				}
			}
			break
		}
		// a plural possessive: "Leaders’ Roundtable"
		if j > i && s[j-1] == 's' {
			if r, n := utf8.DecodeRuneInString(s[j:]); (r == '’' || r == '\'') && (j+n == len(s) || s[j+n] == ' ') {
				j += n
			}
		}
		w := s[i:j]
		// keep a final full stop on abbreviations and initials
		if j < len(s) && s[j] == '.' {
			var base string
			if ascii {
				base = lower[i:j] // the same bytes, without a copy of its own
			} else {
				base = strings.ToLower(w)
			}
			if abbreviations()[base] || strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
				j++
				w = s[i:j]
			}
		}
		// split a possessive
		if k := possessiveAt(w); k > 0 {
			k += i
			toks = append(toks, token{text: s[i:k], start: int32(i), end: int32(k), word: true, folded: foldAt(i, k)})
			toks = append(toks, token{text: s[k:j], start: int32(k), end: int32(j), folded: foldAt(k, j)})
			w = ""
		}
		if w != "" {
			toks = append(toks, token{text: w, start: int32(i), end: int32(j), word: true, folded: foldAt(i, j)})
		}
		i = j
	}
	return toks, lower
}

// possessiveAt returns where a final "’s" or "'s" of w starts, or 0 when
// w has none or is nothing else.
func possessiveAt(w string) int {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return 0
	}
	for _, pos := range [...]string{"’s", "'s"} {
		if strings.HasSuffix(w, pos) && len(w) > len(pos) {
			return len(w) - len(pos)
		}
	}
	return 0
}

// fold is the lists' look-up form of a word (vocab.Fold).
func fold(s string) string { return vocab.Fold(s) }

// isCap reports a word that starts with an upper-case letter.
func isCap(t token) bool {
	if t.shape != 0 {
		return t.shape&shapeCap != 0
	}
	return capShape(t)
}

// capShape is isCap without the cache.
func capShape(t token) bool {
	if !t.word || t.text == "" {
		return false
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return c-'A' < 26 // 'A' to 'Z', in one comparison
	}
	return startsUpper(t.text)
}

// isDash reports an en or em dash standing alone: "Jane Roe — the
// Minister —", "Press Release – Forum Secretariat".
func isDash(t token) bool { return t.text == "—" || t.text == "–" }

// startsUpper reports text that starts with an upper-case letter.
func startsUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}

// isLowerWord reports a word that starts with a lower-case letter.
func isLowerWord(t token) bool {
	if t.shape != 0 {
		return t.shape&shapeLower != 0
	}
	return lowerShape(t)
}

// lowerShape is isLowerWord without the cache.
func lowerShape(t token) bool {
	if !t.word || t.text == "" {
		return false
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return c-'a' < 26
	}
	return startsLower(t.text)
}

// startsLower reports text that starts with a lower-case letter.
func startsLower(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r)
}

// isAcronym reports a word written mostly in capitals: "NSC", "DoT",
// "IRIGC-M&MTC", "3GPP", "ITU-T".
func isAcronym(t token) bool {
	if t.shape != 0 {
		return t.shape&shapeAcronym != 0
	}
	return acronymShape(t)
}

// acronymShape is isAcronym without the cache.
func acronymShape(t token) bool {
	if !t.word {
		return false
	}
	up, low := 0, 0
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; c < utf8.RuneSelf { // ASCII without the Unicode tables
			if 'A' <= c && c <= 'Z' {
				up++
			} else if 'a' <= c && c <= 'z' {
				low++
				// each byte left adds at most one capital: when they
				// cannot bring up level with low, the answer is no
				if low > up+len(t.text)-i-1 {
					return false
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(t.text[i:])
		i += size - 1
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up >= 2 && up >= low && !strings.HasSuffix(t.text, ".")
}

// isInitial reports "J.", "K.T.M.", "H.S." and "H." style initials.
func isInitial(t token) bool {
	if !t.word || !strings.HasSuffix(t.text, ".") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(t.text, "."), ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper([]rune(part)[0]) {
			return false
		}
	}
	return true
}

// isPossessive reports the "’s" token.
func isPossessive(t token) bool { return t.text == "’s" || t.text == "'s" }

// span joins the original text of toks[i:j].
func span(s string, toks []token, i, j int) string {
	if i >= j || i < 0 || j > len(toks) {
		return ""
	}
	text := s[toks[i].start:toks[j-1].end]
	if singleSpaced(text) {
		return text // what Fields and Join would rebuild, without two allocations
	}
	return strings.Join(strings.Fields(text), " ")
}

// singleSpaced reports whether the only white space of s is single ASCII
// spaces between other characters: then s is its fields joined by " ".
// span asks it of nearly every name the finders build, and most are.
func singleSpaced(s string) bool {
	space := true // at the start: a leading space is not single-spaced
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if space {
					return false
				}
				space = true
			} else if asciiSpace[c] {
				return false
			} else {
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += n
	}
	return !space || s == ""
}

// asciiSpace holds the ASCII white space but the space itself, as
// unicode.IsSpace (and so strings.Fields) has it.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// words returns the folded word tokens of s, for comparisons.
func words(s string) []string {
	buf := tokenBufs.Get().(*[]token)
	toks, _ := appendTokens((*buf)[:0], s)
	defer func() {
		if cap(toks) > 1<<10 {
			return // a long text's: not kept
		}
		clear(toks) // holds no text between uses
		*buf = toks[:0]
		tokenBufs.Put(buf)
	}()
	return passageWords(toks)
}

// passageWords returns the folded forms of toks's words: words(s) for
// the tokens of s.
func passageWords(toks []token) []string {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	if n == 0 {
		return nil // as before: callers may tell nil from empty
	}
	out := make([]string, 0, n)
	for _, t := range toks {
		if t.word {
			out = append(out, t.key())
		}
	}
	return out
}

// tokenBufs are the token slices of words, reused: it is asked of names
// and phrases many times a document, and wants their words, not tokens.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// dotJoins reports whether a full stop between w and the rune after it is
// inside a word: initials ("U.S", "K.T.M", "H.E.Mr") and decimals.
func dotJoins(w string, next rune) bool {
	part := w
	if k := strings.LastIndexAny(w, ".-'’&–"); k >= 0 {
		part = w[k+1:]
	}
	if utf8.RuneCountInString(part) == 1 {
		return true
	}
	if unicode.IsDigit(next) {
		for _, r := range part {
			if !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	return false
}
