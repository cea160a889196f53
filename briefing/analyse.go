package briefing

import (
	"slices"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// Token flags computed once per passage.
const (
	fConn    = 1 << iota // lower-case connector inside offices and names of bodies
	fWord                // office or body vocabulary, acronyms, countries, cities
	fRole                // part of an office head ("Minister", "Prime Minister")
	fCountry             // part of a country name, official name or demonym
	fCity                // part of a city name
	fName                // could be part of a person's name
	fStop                // capitalised function word ("The", "During", month names)
	fOrgHead             // organisation head noun ("Ministry", "Agency")
	// (passage.flags holds them in a byte: a ninth would not compile)
)

// passage is one text of the document (a sentence, or the title or a
// heading) with its tokens analysed.
type passage struct {
	text  string
	lower string // text lower-cased when it is ASCII, as tokenize made it; "" when it is not
	index int    // sentence index, or -1 for the title and headings
	// prose marks a line of metadata written as a sentence (a
	// distributor's "Distributed by X on behalf of Y."): its capitals are
	// names, as in a sentence, not a headline's title case.
	prose  bool
	toks   []token
	flags  []uint8 // the f… marks of each token (eight: a byte, not a word, for every token of every sentence)
	cms    []countryMention
	owner  []int // token -> person mention that consumed it, -1 if none
	roleOf []bool
	// docWords, set only in a document without a single apostrophe (whose
	// possessives lost theirs: "Department of Justices Antitrust
	// Division", lostPossessive), are the words of the whole document and
	// its pairs of words: a possessive's stem is among them ("Justice"
	// for "Justices", "of Justice" for "of Justices").
	docWords *docWords
	// spans caches nameSpans once spansMade.
	spans     [][2]int
	spansMade bool
}

// docWords are the words of a document and its pairs of words, made on
// the first look-up: lostPossessive asks only of a capitalised word
// ending in "s" before a body's head, and most documents without an
// apostrophe have none, so the set (a string for every pair of words) is
// seldom needed.
type docWords struct {
	segs []*passage
	set  map[string]bool
}

func (d *docWords) has(w string) bool {
	if d.set == nil {
		d.set = map[string]bool{}
		for _, s := range d.segs {
			for k, t := range s.toks {
				if t.word {
					d.set[t.text] = true
					if k > 0 {
						d.set[s.toks[k-1].text+" "+t.text] = true
					}
				}
			}
		}
	}
	return d.set[w]
}

// lowerText is the passage's text lower-cased (strings.ToLower), made once.
func (s *passage) lowerText() string {
	if s.lower != "" || s.text == "" {
		return s.lower
	}
	return vocab.ToLower(s.text)
}

// allASCII reports a passage whose whole text is ASCII: the tokenizer
// lower-cased it whole (lower is "" for a text that is not ASCII, and
// shorter than text for one it read only the first 2 GiB of).
func (s *passage) allASCII() bool {
	return s.lower != "" && len(s.lower) == len(s.text)
}

func newPassage(text string, index int) *passage {
	toks, lower := tokenizeLower(text)
	n := len(toks)
	s := &passage{text: text, lower: lower, index: index, toks: toks, flags: make([]uint8, n),
		owner: make([]int, n), roleOf: make([]bool, n)}
	s.mark()
	return s
}

// mark fills the marks of a passage just tokenized (flags, owner and cms),
// as the gazetteers give them.
func (s *passage) mark() {
	l := getLex()
	toks := s.toks
	for i := range s.owner {
		s.owner[i] = -1
	}
	// countries, on a hyphen-split view: "India-Russia", "U.S.-China".
	s.markCountries()
	pairOrPartyHead := false // a word that may head a body's name only after a pair or a party
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		f := t.key()
		if !t.word {
			if t.text == "&" {
				s.flags[i] |= fConn
			}
			continue
		}
		if isLowerWord(t) {
			if l.connectorShapes.May(f) && l.connectors[f] {
				s.flags[i] |= fConn
			}
			continue
		}
		if !isCap(t) {
			continue // digits
		}
		if n, _ := l.roleHeads.match(toks, i); n > 0 {
			for k := i; k < i+n; k++ {
				s.flags[k] |= fRole | fWord
			}
		} else if office := roleElect(t); office != "" {
			// "Ambassador-designate", "President-elect"
			if n, _ := l.roleHeads.matchWord(office); n > 0 {
				s.flags[i] |= fRole | fWord
			}
		} else if hyphenatedOffice(t) || abbreviatedRole(toks, i) {
			s.flags[i] |= fRole | fWord
		} else if i > 0 && s.flags[i-1]&fRole != 0 && officeStage[f] {
			// "General Secretary Elect", "Director-General Designee",
			// "Chief Executive Designate": the office not yet taken up
			// (hyphenated: roleElect), no name
			s.flags[i] |= fRole | fWord
		}
		if n, _ := l.cities.match(toks, i); n > 0 {
			for k := i; k < i+n; k++ {
				s.flags[k] |= fCity | fWord
			}
		}
		if l.roleWords[f] || isAcronym(t) && !isInitial(t) {
			s.flags[i] |= fWord
		}
		// (a head in capitals is a headline's word, but a legal form is
		// written so: "LLC", "PLC")
		if l.orgHeads[f] && (strings.ToUpper(t.text) != t.text || l.companySuffixes[t.text]) {
			s.flags[i] |= fOrgHead | fWord
		}
		if l.stopCaps[f] && !isInitial(t) { // "A. S. K. Seneviratne": an initial, not the article
			s.flags[i] |= fStop
		}
		if l.pairHeads[f] || l.partyHeads[f] {
			pairOrPartyHead = true
		}
	}
	// a word that heads a body's name after a pair of parties ("OPEC-China
	// Energy Dialogue") or when a party names the body ("U.S. Mission")
	if pairOrPartyHead {
		for i := range toks {
			if s.flags[i]&fOrgHead == 0 && (s.pairHeadAt(i) || s.partyHeadAt(i)) {
				s.flags[i] |= fOrgHead | fWord
			}
		}
	}
	// "Lisa O. Monaco", "Attorney General Lisa Monaco": a country word
	// after an initial, or after a given name that follows an office, is a
	// surname
	kept := s.cms[:0]
	for _, c := range s.cms {
		givenName := c.tok >= 2 && isCap(toks[c.tok-1]) && toks[c.tok-1].word && s.flags[c.tok-1]&(fWord|fCountry|fStop) == 0 &&
			s.flags[c.tok-2]&fRole != 0 && !(c.tok+1 < len(toks) && isCap(toks[c.tok+1])) // not "Mexico City"
		if c.end == c.tok+1 && (c.tok > 0 && (isInitial(toks[c.tok-1]) || givenName) || s.countryGivenName(c.tok) || s.countrySurname(c.tok)) {
			s.flags[c.tok] &^= fCountry | fWord
			continue
		}
		kept = append(kept, c)
	}
	s.cms = kept
	headline := s.index < 0 && isHeadline(toks)
	lettersEnd := 0 // the end of post-nominal letters in two tokens ("Ph." "D.")
	for i, t := range toks {
		if !t.word || s.flags[i]&(fWord|fStop|fCountry) != 0 || i < lettersEnd {
			continue
		}
		p := i - 1 // the token before, or before a comma: "Jane Roe, M.D., Ph.D."
		if p > 0 && toks[p].text == "," {
			p--
		}
		if p >= 0 && (s.flags[p]&fName != 0 || p == lettersEnd-1) && s.postNominal(i) {
			lettersEnd = i + s.postNominalLen(i)
			continue // letters after a name end it, dotted as initials are: "Mary Bishop T.D."
		}
		if isInitial(t) || isCap(t) && capParts(t.text) && !(headline && headlineVerb(t.text)) && !pluralGroup(t.text) || s.givenNameFirst(i) {
			s.flags[i] |= fName
		}
	}
	// "King" after two name words, ending the name, is a family name,
	// no office: "Martin Luther King, Jr.", "Gandhi, and Martin Luther
	// King have spoken" (a king's office comes before his name)
	for i := 2; i < len(toks); i++ {
		if toks[i].text == "King" && s.flags[i]&fRole != 0 && s.flags[i-1]&fName != 0 && s.flags[i-2]&fName != 0 && !isInitial(toks[i-1]) &&
			(i+1 == len(toks) || !isCap(toks[i+1]) || !toks[i+1].word || toks[i+1].key() == "jr") {
			s.flags[i] = (s.flags[i] &^ (fRole | fWord)) | fName
		}
	}
	// a capitalised function word of two or three letters inside a
	// sentence, between an office and a name word, is a family name that
	// is also an English word: "General Secretary To Lam", "Vice Premier
	// He Lifeng" (a function word is written in lower case there)
	for i := 1; s.index >= 0 && i+1 < len(toks); i++ {
		if s.flags[i]&fStop != 0 && len(toks[i].text) <= 3 && s.flags[i-1]&fRole != 0 && s.flags[i+1]&fName != 0 && isCap(toks[i+1]) {
			s.flags[i] = (s.flags[i] &^ (fStop | fWord)) | fName
		}
	}
	// short all-capital initials right before a name: "JP Mathew"; a
	// family name in capitals after an honorific: "Mr. HAYASHI Yoshimasa",
	// or opening a signature line: "SUZUKI Shunichi, Minister of Finance"
	for i, t := range toks {
		if isAcronym(t) && (len(t.text) <= 3 || (i > 0 || i+2 < len(toks) && toks[i+2].text == ",") && upperSurname(t.text)) && s.flags[i]&fCountry == 0 && i+1 < len(toks) && s.flags[i+1]&fName != 0 &&
			(i == 0 || s.isHonorificEnd(i-1)) {
			s.flags[i] = (s.flags[i] &^ fWord) | fName
		}
		// after an honorific, a family name in capitals before a given
		// name also in capitals or hyphenated with a second syllable in
		// lower case, the name ending at a comma: "His Excellency CHUNG
		// Eui-yong, Minister of …", "Samdech … HUN SEN, Prime Minister"
		// (a hyphenated given name ends the name without the comma too:
		// "Dr KIM Min-soo said", the word after it not capitalised)
		if i > 0 && i+2 <= len(toks) && isAcronym(t) && len(t.text) >= 2 && !isInitial(t) && s.flags[i]&fCountry == 0 && s.isHonorificEnd(i-1) && s.flags[i+1]&fCountry == 0 &&
			(i+2 < len(toks) && toks[i+2].text == "," && isAcronym(toks[i+1]) && upperSurname(toks[i+1].text) ||
				hyphenGivenName(toks[i+1].text) && (i+2 == len(toks) || toks[i+2].text == "," || !isCap(toks[i+2]))) {
			s.flags[i] = (s.flags[i] &^ fWord) | fName
			s.flags[i+1] = (s.flags[i+1] &^ fWord) | fName
		}
		// or after an office, its given name ending the run of capitals:
		// "Prime Minister ABE Shinzo", "Minister of Economy, Trade and
		// Industry of Japan HAGIUDA Koichi"
		// (a family name of two letters too: "Director-General KO Minho")
		if i >= 2 && s.flags[i]&fCountry == 0 && i+1 < len(toks) && s.flags[i+1]&fName != 0 && capsSurname(t) && isCap(toks[i+1]) && !isAcronym(toks[i+1]) &&
			(i+2 >= len(toks) || !isCap(toks[i+2])) &&
			(s.flags[i-1]&fRole != 0 || s.flags[i-1]&fCountry != 0 && toks[i-2].key() == "of") {
			s.flags[i] = (s.flags[i] &^ fWord) | fName
		}
		// or in apposition between commas after an office earlier in the
		// sentence, its body's acronym between them: "the Director of
		// the Agency (ABC), KO Minho, said"
		if i >= 3 && s.index >= 0 && toks[i-1].text == "," && i+2 < len(toks) && toks[i+2].text == "," && capsSurname(t) && s.flags[i]&fCountry == 0 &&
			s.flags[i+1]&fCountry == 0 && (s.flags[i+1]&fName != 0 && isCap(toks[i+1]) && !isAcronym(toks[i+1]) || hyphenGivenName(toks[i+1].text)) &&
			slices.ContainsFunc(s.flags[:i-1], func(f uint8) bool { return f&fRole != 0 }) {
			s.flags[i] = (s.flags[i] &^ fWord) | fName
			s.flags[i+1] = (s.flags[i+1] &^ fWord) | fName
		}
		// after an honorific and given names, up to three of them: "Ms.
		// Catherine COLONNA", "His Excellency Mr. Bola Ahmed Adekunle
		// TINUBU, President of …"
		if i >= 2 && isAcronym(t) && upperSurname(t.text) && s.flags[i]&fCountry == 0 && s.flags[i-1]&fName != 0 && s.givenNamesAfterHonorific(i) {
			s.flags[i] = (s.flags[i] &^ fWord) | fName
		}
	}
}

// givenNamesAfterHonorific reports one to three capitalised name words
// right before token i, after an honorific; after more than one, the
// name must end at i (a comma or the sentence's end next), as an
// acronym after a name is more often its body's: "Mr. Jane Roe NATO
// Secretary General".
func (s *passage) givenNamesAfterHonorific(i int) bool {
	for j := i - 1; j >= 1 && i-j <= 3 && s.flags[j]&fName != 0 && isCap(s.toks[j]) && !isAcronym(s.toks[j]); j-- {
		if !s.isHonorificEnd(j - 1) {
			continue
		}
		return j == i-1 || i+1 == len(s.toks) || s.toks[i+1].text == "," || !s.toks[i+1].word
	}
	return false
}

func (s *passage) has(i, f int) bool { return i >= 0 && i < len(s.toks) && int(s.flags[i])&f != 0 }

func (s *passage) isHonorificEnd(j int) bool {
	n, _ := getLex().honorifics.matchEnding(s.toks, j)
	return n > 0 && isCap(s.toks[j-n+1])
}

// markCountries finds country mentions. Hyphenated compounds are looked at
// part by part.
func (s *passage) markCountries() {
	l := getLex()
	// A view of the tokens with hyphenated words split, and the token
	// each part of the view came from; most passages have no hyphenated
	// word and are their own view.
	view, from := s.toks, []int(nil)
	// (the text has no dash at all in most passages: one look at it)
	if hasDash(s.text) && slices.ContainsFunc(s.toks, isHyphenated) {
		// The view lives only while the passage is marked (its mentions
		// keep pieces of the text and new strings, no token of the view),
		// so its slices are reused: a news text hyphenates a word in many
		// of its sentences, and a copy of the tokens each time was a
		// tenth of the bytes a passage allocates.
		buf := viewBufs.Get().(*viewBuf)
		defer func() {
			if cap(view) > 1<<10 {
				return // a long text's: not kept
			}
			clear(view) // holds no text between uses
			buf.view, buf.from = view[:0], from[:0]
			viewBufs.Put(buf)
		}()
		view, from = buf.view[:0], buf.from[:0]
		// a state's or region's own hyphenated name stays whole:
		// "Guinea-Bissau", "Timor-Leste" (its parts would name Guinea, or
		// nothing), "Kosovo-Metohija"
		namesState := func(i int) bool {
			n, _ := l.countries.match(s.toks, i)
			r, _ := l.regions.match(s.toks, i)
			return n > 0 || r > 0
		}
		for i, t := range s.toks {
			if !isHyphenated(t) || namesState(i) {
				view, from = append(view, t), append(from, i)
				continue
			}
			off := int(t.start)
			for p := range strings.FieldsFuncSeq(t.text, func(r rune) bool { return r == '-' || r == '–' }) {
				k := strings.Index(s.text[off:t.end], p)
				if k < 0 {
					break
				}
				st := off + k
				view, from = append(view, token{text: p, start: int32(st), end: int32(st + len(p)), word: true}), append(from, i)
				off = st + len(p)
			}
		}
	}
	tokOf := func(v int) int {
		if from == nil {
			return v
		}
		return from[v]
	}
	for i := 0; i < len(view); i++ {
		if !isCap(view[i]) && !strings.HasPrefix(view[i].text, "the") {
			continue
		}
		if n, _ := l.regions.match(view, i); n > 0 {
			i += n - 1 // "New Mexico", "Port of Spain": a region's name, no state's mention
			continue
		}
		n, name := l.countries.match(view, i)
		if n == 0 {
			// a plural demonym: "hosting of Afghans"
			k := view[i].key()
			// (not after another capitalised word, which makes a group's
			// name: "Confederated Tribes of Siletz Indians", "Native
			// Americans")
			prevCap := i > 0 && view[i-1].word && isCap(view[i-1]) && !l.stopCaps[view[i-1].key()] && !l.compass[view[i-1].key()]
			if w := strings.TrimSuffix(k, "s"); w != k && l.demonyms[w] && !l.peoples[w] && isCap(view[i]) && !prevCap {
				if _, nm := l.countries.matchWord(view[i].text[:len(view[i].text)-1]); nm != "" {
					n, name = 1, nm
				}
			}
		}
		if n == 0 {
			continue
		}
		// a demonym after "Al" is a family name: "Mohamed Al Kuwaiti"
		if n == 1 && i > 0 && l.demonyms[view[i].key()] && (view[i-1].key() == "al" || view[i-1].key() == "el") {
			continue
		}
		// a people's demonym stays a country word but names no state
		if n == 1 && l.peoples[view[i].key()] {
			s.flags[tokOf(i)] |= fCountry | fWord
			continue
		}
		// one demonym before another names a community, not either state:
		// "Greek Cypriot side", "Turkish Cypriots" (their words are still
		// country words, no person's name). Joined by a hyphen they name
		// both: "Israeli-British national".
		if n == 1 && i+1 < len(view) && tokOf(i) != tokOf(i+1) && l.demonyms[view[i].key()] && isCap(view[i+1]) &&
			(l.demonyms[view[i+1].key()] || l.demonyms[strings.TrimSuffix(view[i+1].key(), "s")]) {
			s.flags[tokOf(i)] |= fCountry | fWord
			s.flags[tokOf(i+1)] |= fCountry | fWord
			i++
			continue
		}
		if n == 1 && l.countryCodes[view[i].key()] && (strings.ToUpper(view[i].text) != view[i].text ||
			i > 0 && view[i-1].text == "(" && i+1 < len(view) && view[i+1].text == ")") {
			continue // "Car", not "CAR"; nor "Capital Adequacy Ratio (CAR)"
		}
		if !isCap(view[i]) { // "the Maldives": only as part of the name
			if n == 1 {
				continue
			}
		}
		end := i + n
		// word: a language's or a region's name, no state's, and no
		// part of a person's name either
		skip, word := false, false
		if end < len(view) && l.geoNouns[view[end].key()] {
			skip = true
		}
		// a demonym before "States" or "Nations" names a group of states,
		// not its own: "Organization of American States"
		if n == 1 && end < len(view) && l.demonyms[view[i].key()] && isCap(view[end]) && (view[end].key() == "states" || view[end].key() == "nations") {
			skip = true
		}
		if i > 0 && l.compass[view[i-1].key()] && isCap(view[i-1]) {
			skip = true
		}
		if i > 1 && view[i-1].key() == "of" && l.geoNouns[view[i-2].key()] && isCap(view[i-2]) {
			skip = true // "Gulf of Guinea", "Sea of Japan": a body of water
		}
		if n == 1 && namesLanguage(view, i) {
			skip, word = true, true
		}
		if s.regionHomonym(view, i, end, name) {
			skip, word = true, true // "Atlanta, Georgia": the US state
		}
		if end < len(view) && (view[end].text == "$" || strings.HasPrefix(view[end].text, "$") || l.currencies[view[end].key()]) {
			skip = true
		}
		if skip && word {
			for k := tokOf(i); k <= tokOf(end-1); k++ {
				s.flags[k] |= fWord
			}
		}
		if !skip {
			first, last := tokOf(i), tokOf(end-1)
			surface := s.text[view[i].start:view[end-1].end]
			s.cms = append(s.cms, countryMention{tok: first, end: last + 1, name: name, surface: surface, form: phraseKey(view[i:end])})
			for k := first; k <= last; k++ {
				s.flags[k] |= fCountry | fWord
			}
		}
		i = end - 1
	}
}

// viewBuf holds the slices of markCountries' hyphen-split view.
type viewBuf struct {
	view []token
	from []int
}

var viewBufs = sync.Pool{New: func() any { return new(viewBuf) }}

// namesLanguage reports a demonym at i that names a language, no state:
// before "language" or "-speaking" ("French-speaking countries", "British
// Sign Language", "the Arabic, English and French languages"), or after
// "in" at the end of a sentence or a bracket ("The original text is in
// Japanese.", "(in Italian)"); not a state's name that is its demonym too
// ("violence in Myanmar.").
func namesLanguage(view []token, i int) bool {
	l := getLex()
	k := view[i].key()
	if !l.demonyms[k] || l.shortNames[k] != "" {
		return false
	}
	end := i + 1
	if end < len(view) && languageAfter(view, end) {
		return true
	}
	return i > 0 && view[i-1].key() == "in" && (end == len(view) || view[end].text == "." || view[end].text == ")")
}

// languageAfter reports a word at k that makes the demonym before it a
// language's name: "language", "languages", "speaking" (of "French-
// speaking"), "Sign Language".
func languageAfter(view []token, k int) bool {
	switch view[k].key() {
	case "language", "languages", "speaking":
		return true
	case "sign":
		return k+1 < len(view) && view[k+1].key() == "language"
	}
	return false
}

// regionHomonym reports the name of a state, view[i:end], that names the
// region of another state that shares it (countries.txt
// [region-homonyms]): after one of the region's cities and a comma
// ("Atlanta, Georgia"), after "state of", or before ", United States"
// (the only state whose regions share other states' names).
func (s *passage) regionHomonym(view []token, i, end int, name string) bool {
	cities := getLex().regionCities[name]
	if cities == nil {
		return false
	}
	if i >= 2 && view[i-1].text == "," {
		if n, _ := cities.matchEnding(view, i-2); n > 0 {
			return true
		}
	}
	if i >= 2 && view[i-1].key() == "of" && view[i-2].key() == "state" {
		return true
	}
	if end+1 < len(view) && view[end].text == "," {
		if _, c := getLex().countries.match(view, end+1); c == "United States" {
			return true // "Atlanta, Georgia, United States of America"
		}
	}
	return false
}

// isHyphenated reports a word with a hyphen or an en dash in it.
func isHyphenated(t token) bool { return t.word && hasDash(t.text) }

// hasDash is strings.ContainsAny(s, "-–") without its per-rune search.
func hasDash(s string) bool { return strings.IndexByte(s, '-') >= 0 || strings.Contains(s, "–") }

// countriesIn lists the canonical countries mentioned in tokens [i, j).
func (s *passage) countriesIn(i, j int) []string {
	var out []string
	for _, m := range s.cms {
		if m.tok >= i && m.tok < j {
			out = append(out, m.name)
		}
	}
	return out
}

// countryMention is one mention of a country in a passage.
type countryMention struct {
	tok, end int    // token range (a hyphenated token can hold several)
	name     string // canonical name
	surface  string // as written
	form     string // as matched, folded: the key of its phrase in the lexicon
}

// phraseKey is the key a phraseSet gives the phrase of toks: its words
// folded, joined by spaces.
func phraseKey(toks []token) string {
	if len(toks) == 1 {
		return toks[0].key() // what the join of one key is, without the slice
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key()
	}
	return strings.Join(keys, " ")
}

// capParts reports that every hyphenated part of a word is capitalised:
// "Sherwood-Randall" but not "In-charge"; and that it holds no digit,
// which no name word does ("Meeting1", a link's number glued to it).
func capParts(w string) bool {
	if strings.ContainsAny(w, "0123456789") {
		return false
	}
	for p := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '-' || r == '–' }) {
		if !isCap(token{text: p, word: true}) {
			return false
		}
	}
	return true
}

// givenNameFirst reports a hyphenated given name written with a capital on
// its first syllable only, before a capitalised family name: "Eog-weon" of
// "Eog-weon Lee", "Jyh-tong" of "Jyh-tong Teng" (givenNamePart reads it
// after the family name).
func (s *passage) givenNameFirst(i int) bool {
	toks := s.toks
	if i+1 >= len(toks) || !isCap(toks[i]) || !isCap(toks[i+1]) || !toks[i+1].word || strings.Contains(toks[i+1].text, "-") {
		return false
	}
	// only where the name is sure to start: after an honorific or an
	// office, or before a family name of the traditions that write the
	// given name so ("Lee", "Kim"); not "Dai-ichi Life", "State-owned"
	if !(i > 0 && (s.isHonorificEnd(i-1) || s.flags[i-1]&fRole != 0) || getLex().familyFirst[toks[i+1].key()]) {
		return false
	}
	first, rest, ok := strings.Cut(toks[i].text, "-")
	if !ok || strings.Contains(rest, "-") || len(first) < 2 || len(first) > 6 || len(rest) < 2 || len(rest) > 5 {
		return false
	}
	for _, r := range first[1:] + rest {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// countryGivenName reports a one-word country name at i that is a
// person's given name: before an initial and a family name ("Dr. France
// A. Córdova"), or after an honorific or an office and before a family
// name that ends the name at a comma or a verb ("Deputy Chief of Staff
// Israel Hernandez opened", "Ms. Georgia Gould, Parliamentary Secretary").
// A state's name is seldom followed by an initial, nor put between an
// office and a bare capitalised word.
func (s *passage) countryGivenName(i int) bool {
	toks := s.toks
	if i+2 >= len(toks) || !isCap(toks[i]) || isAcronym(toks[i]) || getLex().demonyms[toks[i].key()] {
		return false
	}
	nameWord := func(k int) bool {
		return k < len(toks) && toks[k].word && isCap(toks[k]) && !isAcronym(toks[k]) && s.flags[k]&(fWord|fCountry|fStop|fCity) == 0
	}
	if isInitial(toks[i+1]) && nameWord(i+2) {
		return true
	}
	if !nameWord(i + 1) {
		return false
	}
	// the family name ends the name: a comma, or a word in lower case
	closes := toks[i+2].text == "," || isLowerWord(toks[i+2])
	opens := i > 0 && (s.isHonorificEnd(i-1) || s.flags[i-1]&fRole != 0 && s.flags[i-1]&fCountry == 0)
	// (or the sentence opens with the name and an office follows the
	// comma: "Georgia Gould, Parliamentary Secretary at the Cabinet Office")
	if i == 0 && toks[i+2].text == "," {
		for k := i + 3; k < len(toks) && k < i+6 && isCap(toks[k]); k++ {
			if s.flags[k]&fRole != 0 {
				return true
			}
		}
	}
	return opens && closes
}

// countrySurname reports a one-word demonym at i that is a family name
// after a common given name that opens the name, at the end of the
// name: "Chargé d’Affaires Courtney Austrian". A demonym before a noun
// ("Royal Thai Government") is followed by a capitalised word.
func (s *passage) countrySurname(i int) bool {
	toks := s.toks
	if i < 1 || !getLex().demonyms[toks[i].key()] || !givenNames()[toks[i-1].key()] || !isCap(toks[i-1]) || s.flags[i-1]&(fWord|fCountry|fStop) != 0 {
		return false
	}
	if i >= 2 && toks[i-2].word && isCap(toks[i-2]) && s.flags[i-2]&fRole == 0 {
		return false // inside a longer capitalised run
	}
	return i+1 == len(toks) || !isCap(toks[i+1]) || !toks[i+1].word
}

// capsSurname reports a family name in capitals of two letters or more,
// as UN and East Asian releases write it: "KO", "PARK" (not an initial
// nor a regnal number).
func capsSurname(t token) bool {
	if len(t.text) == 2 {
		return isAcronym(t) && !isInitial(t) && !romanNumeral(t.text) && t.text[0] >= 'A' && t.text[0] <= 'Z' && t.text[1] >= 'A' && t.text[1] <= 'Z'
	}
	return upperSurname(t.text)
}

// hyphenGivenName reports a given name of two syllables joined by a
// hyphen, the second in lower case: "Eui-yong", "Kyung-wha".
func hyphenGivenName(w string) bool {
	first, rest, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(rest, "-") || len(first) < 2 || len(first) > 6 || len(rest) < 2 || len(rest) > 5 || !isCap(token{text: first, word: true}) {
		return false
	}
	for _, r := range first[1:] + rest {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// isHeadline reports a text in title case.
func isHeadline(toks []token) bool {
	n, caps := 0, 0
	for _, t := range toks {
		if !t.word || len(t.text) < 4 {
			continue
		}
		n++
		if isCap(t) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*7
}

// headlineVerb reports a capitalised verb in a headline: "Meets",
// "Chaired", "Saddened".
func headlineVerb(w string) bool {
	f := fold(w)
	if getLex().headlineVerbs[f] {
		return true
	}
	// a past tense or an adverb by its ending, but not a common given
	// name with that ending ("Ahmed", "Mohammed")
	if (len(f) > 4 && strings.HasSuffix(f, "ed") || len(f) > 5 && strings.HasSuffix(f, "ly")) && !givenNames()[f] {
		return true
	}
	// the -ing form of a headline's verb: "… Thomas-Greenfield Recognizing
	// …", "Welcoming" (recognizes, welcomes); no surname ends so
	// ("Jinping", "Browning": no "jinps", "browns" among the verbs)
	if stem, ok := strings.CutSuffix(f, "ing"); ok && len(stem) > 2 {
		v := getLex().headlineVerbs
		return v[stem+"s"] || v[stem+"es"]
	}
	return false
}

// roleElect returns the office of "Ambassador-designate" or
// "President-elect", or "".
func roleElect(t token) string {
	for _, suffix := range getLex().officeSuffixes {
		if office, ok := strings.CutSuffix(t.text, suffix); ok && office != "" {
			return office
		}
	}
	return ""
}

// officeStage are the words after an office, apart, that say its holder
// has not yet taken it up.
var officeStage = map[string]bool{"elect": true, "designate": true, "designee": true, "nominee": true}

// pluralGroup reports a capitalised plural that names a group of people,
// not a person: "Chartered Accountants", "Residents", "Journalists",
// "Canadians", "Representatives". Surnames rarely end so.
func pluralGroup(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suffix := range getLex().groupEndings {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}
