package segment

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// Span is a sentence as half-open byte offsets [Start, End) into the text
// given to Split.
type Span struct{ Start, End int }

// Split returns the sentences of text, in order, as spans. Spans are
// non-overlapping, increasing, never empty, trimmed of surrounding whitespace
// (so text[s.Start:s.End] starts and ends with a non-space), and cover every
// non-space character of text.
//
// Split never modifies or copies the text: newlines inside a sentence (from
// hard-wrapped lines) stay inside its span, and callers that want one line
// per sentence collapse whitespace themselves. Split runs in time linear in
// len(text); invalid UTF-8 is treated as non-space, non-letter bytes.
func Split(text string) []Span {
	s := splitter{
		text:      text,
		spans:     make([]Span, 0, len(text)/128+1),
		start:     -1,
		atToken:   true,
		lineStart: true,
	}
	s.run()
	return s.spans
}

// splitter is the state of one Split call.
type splitter struct {
	text  string
	spans []Span

	start int // start of the current sentence, or -1 between sentences
	last  int // end of the last non-space rune of the current sentence

	tokStart    int  // start of the current whitespace-delimited token
	atToken     bool // the next non-space rune starts a token
	lineStart   bool // the next token is the first on its line (or follows a bullet)
	afterBullet bool // the current line began with a bullet
	sawNewline  bool // a newline was seen since the last non-space rune

	seqKind byte // kind of the current list sequence: 'd' (digits), 'l' (letters) or 0
	seqVal  int  // value of the last list marker of the sequence
}

// run is the main loop: one pass over the text.
func (s *splitter) run() {
	t := s.text
	n := len(t)
	i := 0
	for i < n {
		c := t[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(t[i:])
		}
		if isSpace(r) {
			if isNewline(t, i, r) {
				if s.sawNewline || r == '\u2029' {
					s.cut(s.last) // blank line: always a boundary
				}
				s.sawNewline = true
				s.lineStart = true
			}
			s.atToken = true
			i += size
			continue
		}
		s.sawNewline = false
		if s.atToken {
			s.atToken = false
			s.tokStart = i
			if next := s.tokenBegin(i, r, size); next > i {
				i = next
				continue
			}
		}
		if s.start < 0 {
			s.start = i
		}
		switch {
		case c == '.':
			i = s.period(i)
		case c == '?' || c == '!':
			i = s.question(i)
		case r == '…':
			i = s.ellipsisRune(i)
		case isCJKTerminator(r):
			i = s.cjk(i)
		case isOtherTerminator(r):
			i = s.other(i)
		default:
			i += size
			for i < n && plainASCII[t[i]] {
				i++
			}
			s.last = i
		}
	}
	s.cut(s.last)
}

// plainASCII marks the ASCII bytes that need no attention inside a token:
// everything but whitespace, terminators and non-ASCII bytes.
var plainASCII = func() (tab [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		tab[c] = !isSpace(rune(c)) && c != '.' && c != '?' && c != '!'
	}
	return tab
}()

// cut ends the current sentence at end (exclusive), if there is one.
func (s *splitter) cut(end int) {
	if s.start >= 0 && end > s.start {
		s.spans = append(s.spans, Span{s.start, end})
	}
	s.start = -1
}

// boundary ends the current sentence at end, which follows a terminator,
// and returns end.
func (s *splitter) boundary(end int) int {
	s.last = end
	s.cut(end)
	s.tokStart = end
	return end
}

// tokenBegin handles bullets and list markers at the start of a token. It
// returns the position after what it consumed, or i when the token is
// ordinary text.
func (s *splitter) tokenBegin(i int, r rune, size int) int {
	t := s.text
	if r < utf8.RuneSelf && !s.lineStart && !s.afterBullet && s.seqKind == 0 {
		return i // fast path: only line starts and list sequences matter
	}
	lineStart := s.lineStart
	s.lineStart = false
	if vocab.IsBullet(r) || (lineStart && isLineBullet(r) && i+size < len(t) && isSpaceAt(t, i+size)) {
		s.cut(s.last)
		s.start = i
		s.last = i + size
		s.lineStart = true
		s.afterBullet = true
		s.atToken = true // a list marker may follow, even without a space: "⁃9."
		return i + size
	}
	afterBullet := s.afterBullet
	s.afterBullet = false
	end, kind, val := listMarker(t, i)
	if end == 0 {
		return i
	}
	switch {
	case lineStart:
		if !afterBullet {
			s.cut(s.last)
		}
		s.seqKind, s.seqVal = kind, val
	case kind == s.seqKind && val == s.seqVal+1:
		s.cut(s.last)
		s.seqVal = val
	default:
		return i
	}
	if s.start < 0 {
		s.start = i
	}
	s.last = end
	return end
}

// listMarker recognises a list item marker at i: one to three digits or one
// lower-case ASCII letter, followed by ".", ")" or ".)", or enclosed as
// "(1)", and then whitespace. It returns the end of the marker, its kind
// ('d' or 'l') and its value (a=1), or end 0.
func listMarker(t string, i int) (end int, kind byte, val int) {
	n := len(t)
	p := i
	paren := t[p] == '('
	if paren {
		p++
	}
	q := p
	for q < n && q-p < 3 && vocab.IsDigit(t[q]) {
		val = val*10 + int(t[q]-'0')
		q++
	}
	switch {
	case q > p:
		if q < n && vocab.IsDigit(t[q]) {
			return 0, 0, 0
		}
		kind = 'd'
	case q < n && 'a' <= t[q] && t[q] <= 'z':
		kind = 'l'
		val = int(t[q]-'a') + 1
		q++
	default:
		return 0, 0, 0
	}
	switch {
	case paren:
		if q >= n || t[q] != ')' {
			return 0, 0, 0
		}
		q++
	case q < n && t[q] == '.':
		q++
		if q < n && t[q] == ')' {
			q++
		}
	case q < n && t[q] == ')':
		q++
	default:
		return 0, 0, 0
	}
	if q >= n || !isSpaceAt(t, q) {
		return 0, 0, 0
	}
	return q, kind, val
}

// period handles a '.' at i and returns where scanning resumes.
func (s *splitter) period(i int) int {
	t := s.text
	n := len(t)
	j := i
	for j < n && t[j] == '.' {
		j++
	}
	if j-i >= 3 {
		return s.ellipsis(i, j)
	}
	if j-i == 1 {
		if next, ok := s.spacedEllipsis(i); ok {
			return next
		}
	}
	s.last = j
	k := absorbClosers(t, j)
	if k < n && !isSpaceAt(t, k) {
		// Inside a token: a decimal, a domain, "U.S.A", "Jr.'s" ... or a
		// fused sentence "issues.The".
		if j-i == 1 && k == j && s.fused(i) {
			return s.boundary(i + 1)
		}
		return j
	}
	k = s.absorbSpacedClosers(i, k)
	if s.periodEnds(i, s.nextToken(k)) {
		return s.boundary(k)
	}
	return j
}

// ellipsis handles a run of three or more periods [i, j).
func (s *splitter) ellipsis(i, j int) int {
	t := s.text
	s.last = j
	if i > 0 && (t[i-1] == '[' || t[i-1] == '(') {
		return j // "[...]": an elision mark, never a terminator
	}
	k := absorbClosers(t, j)
	if k < len(t) && !isSpaceAt(t, k) {
		return j // "mean...see"
	}
	k = s.absorbSpacedClosers(i, k)
	if s.nextToken(k).class == classUpper {
		return s.boundary(k)
	}
	return j
}

// spacedEllipsis handles ". . ." (periods separated by single spaces)
// starting at i. It reports false when there are fewer than three periods.
//
// Following the Golden Rules, a three-period ellipsis never ends a sentence;
// four periods end one before a capital. When the first period is attached
// to a word ("compounds. . . . The"), it is the sentence's own period and the
// three that follow open the next sentence.
func (s *splitter) spacedEllipsis(i int) (int, bool) {
	t := s.text
	n := len(t)
	p, count := i, 1
	for p+2 < n && t[p+1] == ' ' && t[p+2] == '.' {
		p += 2
		count++
	}
	if count < 3 {
		return 0, false
	}
	for p+1 < n && t[p+1] == '.' {
		p++
	}
	end := p + 1
	s.last = end
	k := absorbClosers(t, end)
	if k < n && !isSpaceAt(t, k) {
		return end, true
	}
	next := s.nextToken(k)
	if count < 4 || next.class != classUpper {
		return end, true
	}
	if i > 0 && !isSpaceBefore(t, i) {
		return s.boundary(i + 1), true
	}
	return s.boundary(k), true
}

// question handles a run of '?' and '!' at i.
func (s *splitter) question(i int) int {
	t := s.text
	n := len(t)
	j := i
	for j < n && (t[j] == '?' || t[j] == '!') {
		j++
	}
	s.last = j
	k := absorbClosers(t, j)
	if k < n && !isSpaceAt(t, k) {
		return j // "?id=1", "Yahoo!'s"
	}
	k = s.absorbSpacedClosers(i, k)
	next := s.nextToken(k)
	spaced := isSpaceBefore(t, i)
	var ends bool
	switch next.class {
	case classEnd:
		ends = true
	case classLower:
		ends = spaced // "what ? the man" in tokenised text; "Yahoo! in" otherwise
	case classPunct, classCont:
		ends = false // "Why? -- he asked", "( get it ... fuller ? ) --"
	default:
		ends = !(isExclaimName(trimOpeners(t[s.tokStart:i])) && !isStarter(next.word))
	}
	if ends {
		return s.boundary(k)
	}
	return j
}

// ellipsisRune handles U+2026 '…' at i (with any periods or further '…'
// after it). It ends a sentence before a capital, as in a truncated
// headline, except inside brackets: "[…]".
func (s *splitter) ellipsisRune(i int) int {
	t := s.text
	n := len(t)
	j := i
	for j < n {
		if t[j] == '.' {
			j++
		} else if r, size := utf8.DecodeRuneInString(t[j:]); r == '…' {
			j += size
		} else {
			break
		}
	}
	s.last = j
	if i > 0 && (t[i-1] == '[' || t[i-1] == '(') {
		return j
	}
	k := absorbClosers(t, j)
	if k < n && !isSpaceAt(t, k) {
		return j
	}
	if s.nextToken(k).class == classUpper {
		return s.boundary(k)
	}
	return j
}

// cjk handles a CJK full stop, question or exclamation mark at i. These end
// a sentence wherever they stand, with no space needed after them.
func (s *splitter) cjk(i int) int {
	return s.boundary(absorbClosers(s.text, terminatorRun(s.text, i, isCJKTerminator)))
}

// terminatorRun returns the end of the run of terminators from i: runes
// that isTerm accepts and ".", "?" and "!".
func terminatorRun(t string, i int, isTerm func(rune) bool) int {
	j := i
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !isTerm(r) && r != '.' && r != '?' && r != '!' {
			break
		}
		j += size
	}
	return j
}

// other handles the remaining terminators (danda, Arabic and Armenian
// marks...): a boundary when whitespace or the end of the text follows.
func (s *splitter) other(i int) int {
	t := s.text
	j := terminatorRun(t, i, isOtherTerminator)
	s.last = j
	k := absorbClosers(t, j)
	if k < len(t) && !isSpaceAt(t, k) {
		return j // the Armenian question mark sits inside its word
	}
	return s.boundary(k)
}

// periodEnds decides whether the period at i, followed by whitespace and
// then by next, ends a sentence.
func (s *splitter) periodEnds(i int, next nextInfo) bool {
	t := s.text
	spaced := isSpaceBefore(t, i)
	var word string
	if spaced {
		word = prevToken(t, i) // "mr . smith" in tokenised text
	} else {
		word = trimOpeners(t[s.tokStart:i])
	}
	kind := lookupAbbrev(word)
	switch next.class {
	case classEnd:
		return true
	case classPunct:
		return false // let the following terminator decide
	case classCont:
		return false // "mo. , truman" in tokenised text
	case classLower:
		if !spaced {
			return false // "co. at the party", "5th st. near"
		}
		switch kind {
		case abbrevPrefix:
			return false
		case abbrevGeneral:
			return isStarter(next.word)
		}
		return true // "he said . the man"
	case classDigit:
		if kind != abbrevNone {
			return false // "p. 55", "No. 5", "Jan. 15", "N°. 1026"
		}
		_, single := singleLetter(word)
		return !single
	}
	switch kind {
	case abbrevPrefix:
		return false // "Mr. Smith", "e.g. The"
	case abbrevGeneral:
		return isStarter(next.word) // "U.S. How", not "U.S. Government"
	}
	if r, ok := singleLetter(word); ok && !spaced {
		prevCap, hasPrev := s.prevWordCapitalised()
		switch {
		case !hasPrev:
			return false // "J. P. Morgan" at the start
		case r == 'I':
			return !prevCap // "you and I. Did" but "Albert I. Jones"
		case unicode.IsUpper(r):
			return !prevCap && isStarter(next.word) // "Jonas E. Smith"
		default:
			return isStarter(next.word)
		}
	}
	return true
}

// fused reports whether the period at i, with no space after it, joins two
// sentences: a lower-case or capitalised word of at least two lower-case
// letters, the period, and a capitalised word, an acronym or "I"
// ("issues.The meeting", "agreements.MEPs want", "Sudan.I condemn"). Domains ("pib.gov.in",
// "www.Example.com"), e-mail addresses, code ("Node.js"), initialisms
// ("e.g.This", "U.S.The") and mixed-case words ("St.Petersburg") are not
// split; a general abbreviation ("etc.The") is split only before a common
// sentence starter.
func (s *splitter) fused(i int) bool {
	t := s.text
	n := len(t)
	j := i + 1
	r1, size1 := utf8.DecodeRuneInString(t[j:])
	if !unicode.IsUpper(r1) || j+size1 >= n {
		return false
	}
	if r2, _ := utf8.DecodeRuneInString(t[j+size1:]); !unicode.IsLower(r2) && !isAcronymWord(t[j:]) &&
		!(r1 == 'I' && (r2 == ' ' || r2 == '’' || r2 == '\'')) { // "Sudan.I strongly condemn"
		return false
	}
	// The word before: lower-case letters back to the token start.
	p, letters, capital := i, 0, 0
	lastLower := false
	for p > s.tokStart {
		r, size := utf8.DecodeLastRuneInString(t[s.tokStart:p])
		switch {
		case unicode.IsLower(r):
			letters++
			if p == i {
				lastLower = true
			}
		case r == '\'' || r == '’' || r == '-':
		case isOpener(r) && p-size == s.tokStart:
		case unicode.IsUpper(r) && capital == 0 && letters >= 2 && (p-size == s.tokStart || isOpener(firstRune(t[s.tokStart:p-size]))):
			capital++ // "Sudan.The": a capitalised word, not "iPhone.The"
		default:
			return false
		}
		p -= size
	}
	if letters < 2 || !lastLower {
		return false
	}
	word := trimOpeners(t[s.tokStart:i])
	if word == "www" {
		return false
	}
	// The word after must not continue as a domain ("Example.com") and the
	// token must not be an e-mail address.
	q := j
	for q < n && vocab.IsASCIILetter(t[q]) {
		q++
	}
	if q+1 < n && t[q] == '.' && vocab.IsASCIILetter(t[q+1]) {
		return false
	}
	if isTLD(t[j:q]) {
		return false // "example.Com"
	}
	for q = j; q < n && !isSpaceAt(t, q); q++ {
		if t[q] == '@' || t[q] == '/' {
			return false
		}
	}
	switch lookupAbbrev(word) {
	case abbrevPrefix, abbrevNumber:
		return false
	case abbrevGeneral:
		return isStarter(wordAt(t, j))
	}
	return true
}

// tlds are common top-level domains that are not also sentence starters
// (web.txt).
var tlds = sync.OnceValue(func() map[string]bool { return vocab.Set(vocab.Sections("web.txt")["tlds"]) })

// isAcronymWord reports whether text starts with an acronym standing as a
// word: two or more capital ASCII letters, perhaps a plural s, then a space
// or a comma ("EU leaders", "MEPs also"), and not a file extension
// ("file.PDF").
func isAcronymWord(text string) bool {
	q := 0
	for q < len(text) && 'A' <= text[q] && text[q] <= 'Z' {
		q++
	}
	if q < 2 {
		return false
	}
	word := text[:q]
	if q < len(text) && text[q] == 's' {
		q++
	}
	if q < len(text) && !isSpaceAt(text, q) && text[q] != ',' {
		return false
	}
	var buf [maxWordLen]byte
	return len(word) > maxWordLen || !fileExtensions()[string(lowerASCII(&buf, word))]
}

// fileExtensions are written in capitals after a file name's period
// often enough to look like an acronym starting a sentence (web.txt).
var fileExtensions = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("web.txt")["file-extensions"])
})

// isTLD reports whether word (any case) is in tlds.
func isTLD(word string) bool { return inTable(tlds(), word) }

// absorbSpacedClosers extends k over closing quotes and brackets that
// tokenised text writes as separate tokens after a spaced terminator
// ("house . ”", "page . )"). In Penn Treebank tokenisation an opening quote
// is written “ or `, so a lone ' there closes a quotation.
func (s *splitter) absorbSpacedClosers(i, k int) int {
	t := s.text
	if !isSpaceBefore(t, i) {
		return k
	}
	for k+1 < len(t) && t[k] == ' ' {
		q := k + 1
		switch {
		case t[q] == '\'' && q+1 < len(t) && t[q+1] == '\'':
			q += 2 // ''
		case t[q] == '\'' || t[q] == ')' || t[q] == ']':
			q++
		case hasPrefixAt(t, q, "”") || hasPrefixAt(t, q, "’"):
			q += len("”")
		default:
			return k
		}
		if q < len(t) && !isSpaceAt(t, q) {
			return k
		}
		k = q
	}
	return k
}

// prevWordCapitalised reports whether the token before the current one,
// within the current sentence, starts with an upper-case letter; hasPrev is
// false when there is no such token.
func (s *splitter) prevWordCapitalised() (capitalised, hasPrev bool) {
	if s.start < 0 || s.tokStart <= s.start {
		return false, false
	}
	w := prevToken(s.text[s.start:], s.tokStart-s.start)
	if w == "" {
		return false, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r), true
}

// maxLookBack bounds the backward scans for a previous token.
const maxLookBack = 64

// prevToken returns the whitespace-delimited token that ends before the
// whitespace preceding i, without leading opening punctuation, or "" if there
// is none within maxLookBack bytes.
func prevToken(t string, i int) string {
	e := i
	for e > 0 && i-e <= maxLookBack {
		r, size := utf8.DecodeLastRuneInString(t[:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	b := e
	for b > 0 {
		if e-b > maxLookBack {
			return ""
		}
		r, size := utf8.DecodeLastRuneInString(t[:b])
		if isSpace(r) {
			break
		}
		b -= size
	}
	return trimOpeners(t[b:e])
}

// Classes of the token after a terminator.
const (
	classEnd   = iota // end of text
	classUpper        // upper- or title-case letter, or a letter of a caseless script
	classLower        // lower-case letter
	classDigit        // digit, or a currency sign or sign before a number
	classPunct        // another terminator: '.', '?', '!', '…'
	classCont         // punctuation that continues a sentence: , ; : ) ] } and dashes
	classOther        // any other symbol
)

// nextInfo describes the token after a terminator.
type nextInfo struct {
	class int
	word  string // leading ASCII letters of the token, after opening quotes
}

// nextToken classifies the first token at or after k, skipping whitespace
// and opening quotes and brackets.
func (s *splitter) nextToken(k int) nextInfo {
	t := s.text
	n := len(t)
	p := k
	for p < n {
		r, size := utf8.DecodeRuneInString(t[p:])
		if !isSpace(r) && !isOpener(r) && !(r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r)) {
			break
		}
		p += size
	}
	if p >= n {
		return nextInfo{class: classEnd}
	}
	r, size := utf8.DecodeRuneInString(t[p:])
	var class int
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		class = classUpper
	case unicode.IsLower(r):
		class = classLower
	case unicode.IsDigit(r):
		class = classDigit
	case isLetter(r):
		class = classUpper
	case r == '.' || r == '?' || r == '!' || r == '…':
		class = classPunct
	case isContinuation(r):
		class = classCont
	case (r == '+' || r == '-' || unicode.Is(unicode.Sc, r)) && p+size < n && vocab.IsDigit(t[p+size]):
		class = classDigit
	default:
		class = classOther
	}
	return nextInfo{class: class, word: wordAt(t, p)}
}

// wordAt returns the run of ASCII letters starting at p, at most maxWordLen+1
// bytes long (so that over-long words match no table).
func wordAt(t string, p int) string {
	q := p
	for q < len(t) && q-p <= maxWordLen && vocab.IsASCIILetter(t[q]) {
		q++
	}
	return t[p:q]
}

// absorbClosers returns the position after any closing quotes and brackets
// at j.
func absorbClosers(t string, j int) int {
	for j < len(t) {
		r, size := rune(t[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(t[j:])
		}
		if !isCloser(r) {
			break
		}
		j += size
	}
	return j
}

// trimOpeners removes leading opening quotes and brackets from w.
func trimOpeners(w string) string {
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !isOpener(r) {
			break
		}
		w = w[size:]
	}
	return w
}

// isNewline reports whether the space rune r at i ends a line. A '\r'
// followed by '\n' does not: the '\n' does.
func isNewline(t string, i int, r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	case '\r':
		return i+1 >= len(t) || t[i+1] != '\n'
	}
	return false
}

// isSpace reports whether r is whitespace ([unicode.IsSpace]).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	return unicode.IsSpace(r)
}

// isSpaceAt reports whether the rune at i is whitespace.
func isSpaceAt(t string, i int) bool {
	if c := t[i]; c < utf8.RuneSelf {
		return c == ' ' || ('\t' <= c && c <= '\r')
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsSpace(r)
}

// isSpaceBefore reports whether the rune before i is whitespace; false at
// the start of the text.
func isSpaceBefore(t string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return isSpace(r)
}

// hasPrefixAt reports whether t[i:] starts with p.
func hasPrefixAt(t string, i int, p string) bool {
	return len(t)-i >= len(p) && t[i:i+len(p)] == p
}

// isLetter reports whether r is a letter; invalid UTF-8 is not.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return vocab.IsASCIILetter(byte(r))
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// isCloser reports whether r closes a quotation or bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '］', '】', '〉', '》', '〕', '〗', '〙', '〛', '﹂', '﹄', '〞':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or bracket, or otherwise
// precedes the first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '“', '‘', '„', '‚', '«', '‹', '¿', '¡', '「', '『', '（', '［', '【', '〈', '《', '〔', '﹁', '﹃', '〝':
		return true
	}
	return false
}

// isContinuation reports whether r is punctuation that continues a
// sentence when it follows a terminator and a space.
func isContinuation(r rune) bool {
	switch r {
	case ',', ';', ':', ')', ']', '}', '-', '–', '—', '/', '%':
		return true
	}
	return false
}

// isLineBullet reports whether r starts a list item when it is the first
// token on a line and is followed by a space. The em dash is left out: a
// hard-wrapped line often starts with a parenthetical "— ".
func isLineBullet(r rune) bool {
	return r == '-' || r == '*' || r == '–' || r == '+'
}

// isCJKTerminator reports whether r is a full-width sentence terminator.
func isCJKTerminator(r rune) bool {
	switch r {
	case '。', '｡', '！', '？':
		return true
	}
	return false
}

// isOtherTerminator reports whether r is a non-Latin sentence terminator that
// needs whitespace after it: the Devanagari danda and double danda, the
// Arabic and Urdu full stops and question mark, the Armenian full stop and
// question mark, the Ethiopic, Myanmar and Tibetan full stops, and the
// double and mixed question and exclamation marks.
func isOtherTerminator(r rune) bool {
	switch r {
	case '।', '॥', '؟', '۔', '։', '՞', '።', '፧', '။', '༎', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// firstRune returns the first rune of s, or utf8.RuneError when s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
