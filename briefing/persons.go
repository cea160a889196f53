package briefing

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/lazyre"
)

// pmention is one mention of a person found in a passage.
type pmention struct {
	seg        *passage
	name       string   // as written, without honorifics
	key        []string // folded name words
	title      string   // honorifics and ranks before the name
	role       string   // office as stated
	country    string
	surface    string // the mention as written, with title and office
	strong     bool   // has a title or an office
	start, end int    // token range of the name
	// internal
	real         int // name words that are not initials
	surfaceStart int
	preComma     bool // office before the name, across a comma: "Role, Name"
	borrowed     bool // role is a counterpart's office, read from another person's
	kin          bool // named as someone's relative: "his wife, Jane", "their daughters Ann and Jane"
}

// nameSpans returns the maximal runs of name tokens in s, with particles
// ("bin", "Al") allowed between name tokens. The runs are found once: they
// depend on the tokens and their flags alone, which newPassage settles
// (no later step writes a flag), and the persons' finders ask for them
// three times a passage (personMentions, findPersons, spanPersons); the
// callers only read them.
func (s *passage) nameSpans() [][2]int {
	if !s.spansMade {
		s.spans, s.spansMade = s.findNameSpans(), true
	}
	return s.spans
}

func (s *passage) findNameSpans() [][2]int {
	var spans [][2]int
	for i := 0; i < len(s.toks); i++ {
		if !s.has(i, fName) && !s.particleStart(i) || (pluralRoleHead(s.toks[i]) || pluralTitleOffice(s.toks[i]) != "") && s.has(i+1, fName) {
			continue // "Attorneys Jane Roe", "Sens. Jane Roe": the office, in the plural, is no name
		}
		j := i + 1
		for j < len(s.toks) {
			if s.has(j, fName) || s.givenNamePart(j) || s.nisba(j) || s.particleSurname(j) {
				if n, _ := getLex().honorifics.match(s.toks, j); n > 0 && j+n < len(s.toks) && s.has(j+n, fName) && strings.HasSuffix(s.toks[j+n-1].text, ".") && !s.honorificsOnly(i, j) && !s.honorificsOnly(i, j+n) {
					break // "Nominates Ms. M. Revathi", but "Rector Prof. Dr. Elif Yazar", "the Rt. Hon. Jane Roe"
				}
				j++
				continue
			}
			// one or two particles: "bin Salman", "von der Leyen"
			k := j
			for k < len(s.toks) && k < j+2 && getLex().particles[s.toks[k].key()] {
				k++
			}
			if k > j && k < len(s.toks) && (s.has(k, fName) || s.nisba(k)) {
				j = k + 1
				continue
			}
			break
		}
		// (one given name, perhaps with a middle initial: "Timothy P. White")
		if _, g, _ := s.peelTitle(i, j); (j == g+1 || j == g+2 && isInitial(s.toks[g+1])) && j < len(s.toks) && s.lastNameWord(g, j, g > i) {
			j++
		} else if j == g+2 && j < len(s.toks) && g == i && s.officeWordSurname(g, j) {
			// after two name words an office introduces, in a sentence:
			// "Deputy Secretary Xochitl Torres Small is leading …"
			j++
		}
		// a generational suffix after a full name: "Ambrosio B. Cultura II"
		if j-i >= 2 && j < len(s.toks) && len(s.toks[j].text) >= 2 && romanNumeral(s.toks[j].text) {
			j++
		}
		spans = append(spans, [2]int{i, j})
		i = j - 1
	}
	return spans
}

// particleStart reports a family name begun by its particles in lower case
// right after an office or an honorific: "President von der Leyen".
func (s *passage) particleStart(i int) bool {
	if i == 0 || !isLowerWord(s.toks[i]) {
		return false
	}
	l := getLex()
	if k := s.toks[i].key(); !l.particleShapes.May(k) || !l.particles[k] || !(s.has(i-1, fRole) || s.isHonorificEnd(i-1)) {
		return false
	}
	k := i + 1
	for k < len(s.toks) && k < i+3 && l.particles[s.toks[k].key()] {
		k++
	}
	return k < len(s.toks) && s.has(k, fName)
}

// honorificsOnly reports tokens [i, j) that are honorifics alone ("Prof."
// of "Prof. Dr. Elif Yazar"): a second honorific after them is part of
// one title, not the start of another person.
func (s *passage) honorificsOnly(i, j int) bool {
	for i < j {
		n, _ := getLex().honorifics.match(s.toks, i)
		if n == 0 || !isCap(s.toks[i]) {
			return false
		}
		i += n
	}
	return i == j
}

// postNominal reports letters written after a name that say a seat, an
// order or a degree (honorifics.txt [post-nominals]: "MP", "KC", "OBE"):
// the name ends before them.
func (s *passage) postNominal(k int) bool { return s.postNominalLen(k) > 0 }

// postNominalLen returns how many tokens the post-nominal letters at
// token k take, or 0: one ("MP", "M.D."), or two when the tokenizer
// splits letters with a full stop inside a part of more than one letter
// and nothing between them: "Ph." and "D." of "Ph.D.", "Ph.D" (a
// second part alone would read as an initial and start a name).
func (s *passage) postNominalLen(k int) int {
	if k < 0 || k >= len(s.toks) || !s.toks[k].word {
		return 0
	}
	l := getLex()
	t := s.toks[k]
	if l.postNominals[strings.ReplaceAll(t.text, ".", "")] {
		return 1
	}
	if k+1 < len(s.toks) && strings.HasSuffix(t.text, ".") && s.toks[k+1].word && s.toks[k+1].start == t.end &&
		l.postNominals[strings.ReplaceAll(t.text+s.toks[k+1].text, ".", "")] {
		return 2
	}
	return 0
}

// pastLetters returns the comma after post-nominal letters that follow
// token j, with or without a comma before them and between them ("MP",
// ", M.D., Ph.D.,"), where an office in apposition may begin; or j when
// no letters follow, or no comma after them.
func (s *passage) pastLetters(j int) int {
	m := j
	if m < len(s.toks) && s.toks[m].text == "," {
		m++
	}
	if s.postNominalLen(m) == 0 {
		return j
	}
	for {
		if n := s.postNominalLen(m); n > 0 {
			m += n
		} else if m+1 < len(s.toks) && s.toks[m].text == "," && s.postNominalLen(m+1) > 0 {
			m++ // letters after a comma: ", M.D., Ph.D."
		} else {
			break
		}
	}
	if m >= len(s.toks) || s.toks[m].text != "," {
		return j
	}
	return m
}

// nextHolder reports a run of name words at token i that names the next
// holder of an office in a list, not a part of the office before it: the
// name ends before post-nominal letters ("John Doe MP, Secretary of State
// for Trade, and Jane Roe MP, Minister for Exports"), or a name of two
// words or more is followed by a comma and an office ("Jose Doe, Secretary
// for Trade and Jane Roe, Canadian Trade Minister").
func (s *passage) nextHolder(i int) bool {
	k := i
	for k < len(s.toks) && isCap(s.toks[k]) && s.has(k, fName) {
		k++
	}
	if k == i {
		return false
	}
	if s.postNominal(k) {
		return true
	}
	if k-i < 2 || k+1 >= len(s.toks) || s.toks[k].text != "," {
		return false
	}
	// the office's head within its first three words, its country's or
	// its portfolio's before it
	for m := k + 1; m < len(s.toks) && m <= k+3 && isCap(s.toks[m]) && s.toks[m].word; m++ {
		if s.has(m, fRole) {
			return true
		}
	}
	return false
}

// lastNameWord reports a capitalised word at token j that the lexicon
// knows as something else (a month, a function word of headlines, an
// office, a Roman numeral) but that ends the name of one given name i
// that an office or honorific (titled: one inside the run) introduces,
// or that is a common given name in a sentence ("Thomas West"): "Theresa May", "Jeff Sessions",
// "John Key", "Samantha Power", "the Hon. Julie Bishop, MP", "Pope Leo
// XIV". A name is rarely one given name after an office, and the word
// must end the run of capitalised words.
func (s *passage) lastNameWord(i, j int, titled bool) bool {
	t := s.toks[j]
	if isInitial(s.toks[i]) || !isCap(t) || s.has(j, fCountry|fOrgHead|fConn|fName) || headlineVerb(t.text) {
		return false
	}
	introduced := titled || s.has(i-1, fRole) || s.isHonorificEnd(i-1)
	given := givenNames()[s.toks[i].key()]
	// a city's name is a family name too after an office and a known
	// given name: "Prime Minister Joseph Muscat of Malta"
	if s.has(j, fCity) && !(introduced && given) {
		return false
	}
	if !(introduced || s.index >= 0 && given) {
		return false
	}
	next := j + 1
	// "the Hon. Julie Bishop MP": letters after the name end it, as a
	// legislator's party and state do: "Angus King (I-Maine)"
	postNom := s.postNominal(next) || s.partyBracketEnd(next) > next
	if next < len(s.toks) && !postNom {
		n := s.toks[next]
		if isCap(n) || n.word && n.text[0] >= '0' && n.text[0] <= '9' || n.text == "-" || n.text == "(" {
			return false
		}
	}
	if romanNumeral(t.text) {
		return true
	}
	if isAcronym(t) || !t.word || strings.HasSuffix(t.text, ".") {
		return false
	}
	if s.has(j, fRole) {
		// an office after a name is an apposition ("Macron President")
		// unless a comma or the sentence's end follows: "Julie Bishop, MP",
		// or letters after the name: "Julie Bishop MP"
		return (postNom || next < len(s.toks) && s.toks[next].text == ",") && s.index >= 0
	}
	// an office word ends a name only after a given name the lexicon
	// knows ("Jeff Sessions"): "VP Academic Affairs" is a portfolio
	return s.has(j, fStop) || given && s.has(j, fWord)
}

// officeWordSurname reports a word of the office or body vocabulary at j
// that ends a name of three words an office introduces at g-1 ("Deputy
// Secretary Xochitl Torres Small is leading"), in a sentence, the name's
// end plain after it (a comma, a full stop or a word in lower case);
// lastNameWord takes such a word only after a given name the lexicon
// knows.
func (s *passage) officeWordSurname(g, j int) bool {
	t := s.toks[j]
	if s.index < 0 || !s.has(g-1, fRole) || isInitial(s.toks[g]) || isInitial(s.toks[g+1]) || !s.has(g+1, fName) ||
		!s.has(j, fWord) || s.has(j, fRole|fOrgHead|fCountry|fCity|fConn|fName|fStop) || !t.word || !isCap(t) || isAcronym(t) || headlineVerb(t.text) {
		return false
	}
	if j+1 >= len(s.toks) {
		return true
	}
	n := s.toks[j+1]
	return n.text == "," || n.text == "." || n.word && isLowerWord(n)
}

// fusedInitials reports a name written with its initials and no space
// before the surname, one token that is a whole name: "V.Yanukovych",
// "L.Abdullayeva", "W.D.Amaradeva".
func fusedInitials(t token) bool {
	i := strings.LastIndexByte(t.text, '.')
	if !t.word || i < 1 || i+3 >= len(t.text) || !isInitial(token{text: t.text[:i+1], word: true}) {
		return false
	}
	rest := t.text[i+1:]
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && !strings.ContainsAny(rest, ".0123456789") && strings.ToUpper(rest) != rest
}

// hyphenatedOffice reports an office of two words written with a hyphen,
// "Attorney-General", "Governor-General", "Secretary-General", "Co-rapporteur",
// "Minister-President".
func hyphenatedOffice(t token) bool {
	a, b, ok := strings.Cut(t.text, "-")
	if !ok || a == "" || b == "" {
		return false
	}
	if next, _, more := strings.Cut(b, "-"); more {
		// "Under-Secretary-General": a hyphenated office whose first
		// word opens an office of two words with the next ("Under
		// Secretary") or is a prefix of a second holder
		opens := []token{{text: a, word: true}, {text: next, word: true}}
		n, _ := getLex().roleHeads.match(opens, 0)
		return (n == 2 || getLex().officePrefixes[strings.ToLower(a)]) && next != "" && hyphenatedOffice(token{text: b, word: true})
	}
	toks := []token{{text: a, word: true}, {text: b, word: true}}
	if n, _ := getLex().roleHeads.match(toks, 0); n == 2 {
		return true
	}
	if isCap(toks[0]) && isCap(toks[1]) {
		// "Minister-President", "Senator-Mayor": two offices of one
		// word held together, one office
		n0, _ := getLex().roleHeads.match(toks[:1], 0)
		n1, _ := getLex().roleHeads.match(toks[1:], 0)
		if n0 == 1 && n1 == 1 {
			return true
		}
	}
	// "Co-rapporteur", "Vice-Governor": a prefix of a second holder
	// before a one-word office (roles.txt [prefixes])
	if !getLex().officePrefixes[strings.ToLower(a)] {
		return false
	}
	toks[1].text = strings.ToUpper(b[:1]) + b[1:]
	n, _ := getLex().roleHeads.match(toks[1:], 0)
	return n == 1
}

// officePlural reports a word at i that ends, with an "s", an office of
// two words begun by the word before: "Attorney Generals" (a plural, or
// a possessive without its apostrophe).
func (s *passage) officePlural(i int) bool {
	w, ok := strings.CutSuffix(s.toks[i].text, "s")
	if i == 0 || !ok || w == "" {
		return false
	}
	toks := []token{s.toks[i-1], {text: w, word: true}}
	n, _ := getLex().roleHeads.match(toks, 0)
	return n == 2
}

// upperSurname reports a family name written in capitals, as Japanese
// releases write it before the given name: "HAYASHI", "KISHIDA".
func upperSurname(w string) bool {
	if len(w) < 3 {
		return false
	}
	// the capitals first: newPassage asks this of every token, and most
	// fail on their second letter without the numeral's trimming
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return !romanNumeral(w)
}

// romanNumeral reports a regnal number: "II", "XIV" (isRoman's numerals
// without L and C, of at most five letters).
func romanNumeral(w string) bool {
	return len(w) <= 5 && isRoman(w) && !strings.ContainsAny(w, "LC")
}

// nisba reports a demonym after "Al" or "El" that ends a name: "Mohamed
// Al Kuwaiti", "Ahmed El Masri".
func (s *passage) nisba(k int) bool {
	if k < 1 || !s.has(k, fCountry) || !isCap(s.toks[k]) || isAcronym(s.toks[k]) {
		return false
	}
	if p := s.toks[k-1].key(); p != "al" && p != "el" {
		return false
	}
	return k+1 >= len(s.toks) || !isCap(s.toks[k+1])
}

// particleSurname reports a family name joined to its particle by a
// hyphen, after a name word: "al-Assad" of "Bashar al-Assad".
func (s *passage) particleSurname(j int) bool {
	if j == 0 || !s.has(j-1, fName) {
		return false
	}
	p, rest, ok := strings.Cut(s.toks[j].text, "-")
	if !ok || !getLex().particles[p] || rest == "" || strings.Contains(rest, "-") {
		return false
	}
	return isCap(token{text: rest, word: true})
}

// givenNamePart reports a hyphenated given name after a family name,
// written with a capital on its first syllable only: "Kyung-wha" of "Kang
// Kyung-wha", "Jin-wook" of "Hong Jin-wook".
func (s *passage) givenNamePart(j int) bool {
	if j == 0 || !s.has(j-1, fName) || s.flags[j]&(fWord|fStop|fCountry) != 0 || !isCap(s.toks[j]) {
		return false
	}
	first, rest, ok := strings.Cut(s.toks[j].text, "-")
	if !ok || strings.Contains(rest, "-") || len(first) > 6 || len(rest) < 2 || len(rest) > 5 {
		return false
	}
	for _, r := range rest {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// peelTitle moves honorifics at the start of a name span into the title,
// and the last word of one that begins before the span ("Excellency" of
// "Her Excellency", whose "Her" is no name word). It returns where the
// title starts (before the span in that case), where the name starts, and
// the title.
func (s *passage) peelTitle(i, j int) (start, name int, title string) {
	var parts []string
	start = i
	if n, _ := getLex().honorifics.matchEnding(s.toks, i); n > 1 && i+1 < j && isCap(s.toks[i-n+1]) {
		parts = append(parts, span(s.text, s.toks, i-n+1, i+1))
		start = i - n + 1
		i++
	}
	for i < j {
		n, _ := getLex().honorifics.match(s.toks, i)
		if n == 0 || i+n >= j || !isCap(s.toks[i]) {
			break
		}
		parts = append(parts, span(s.text, s.toks, i, i+n))
		i += n
	}
	return start, i, strings.Join(parts, " ")
}

// titleBefore returns the first token of the honorifics and ranks that end
// at token p ("Lieutenant General", "H.E. Mr."), or p+1 if there are none.
// Where an office head ends at the same token ("Commissioner General"), the
// office wins, except for the word next to the name.
func (s *passage) titleBefore(p int) int {
	l := getLex()
	start := p + 1
	adjacent := true
	for p >= 0 {
		if b := s.bracketedTitle(p); b >= 0 {
			// "Hon. (Dr.) Jane Roe", "H.E. Amb (Eng) Jane Roe": a title in
			// brackets inside the chain, with a title before it
			if h, _ := l.honorifics.matchEnding(s.toks, b-1); h > 0 && isCap(s.toks[b-h]) {
				p, start, adjacent = b-1, b, false
				continue
			}
			if s.rankAbbrev(b - 1) {
				p, start, adjacent = b-2, b-1, false
				continue
			}
			break
		}
		n, _ := l.honorifics.matchEnding(s.toks, p)
		if n == 0 || !isCap(s.toks[p-n+1]) || p-n >= 0 && s.toks[p-n].key() == "of" {
			break // "Department of Justice Fraud Section": a portfolio, no title
		}
		r, _ := l.roleHeads.matchEnding(s.toks, p)
		if r > n || (r == n && !adjacent) {
			break
		}
		if r > 0 && p-n >= 0 && (s.toks[p-n].key() == "and" || s.toks[p-n].text == "&" || s.toks[p-n].key() == "for") {
			break // "Minister of Security and Justice Ard van der Steur": a portfolio, no title
		}
		p -= n
		start = p + 1
		adjacent = false
	}
	return start
}

// bracketedTitle returns the opening bracket of an honorific, or an
// office's abbreviation, written in brackets and ending at token p: "(Dr.)",
// "(Eng)", "(Amb.)" of "Hon. (Dr.) Jane Roe"; or -1.
func (s *passage) bracketedTitle(p int) int {
	if p < 2 || s.toks[p].text != ")" {
		return -1
	}
	for b := p - 2; b >= 0 && b >= p-3; b-- {
		if s.toks[b].text != "(" {
			continue
		}
		in := p - b - 1 // the tokens inside: the title and perhaps its full stop
		if in == 2 && s.toks[p-1].text != "." || !isCap(s.toks[b+1]) {
			return -1
		}
		if n, _ := getLex().honorifics.match(s.toks, b+1); n == in || n == 1 && in == 2 {
			return b
		}
		if in == 1 && s.rankAbbrev(b+1) {
			return b
		}
		return -1
	}
	return -1
}

// titleInBracketsAt reports a title in brackets that opens at token k
// (bracketedTitle).
func (s *passage) titleInBracketsAt(k int) bool {
	for c := k + 2; c <= k+3 && c < len(s.toks); c++ {
		if s.toks[c].text == ")" {
			return s.bracketedTitle(c) == k
		}
	}
	return false
}

// rankAbbrev reports a capitalised token at k that abbreviates a one-word
// office, with or without its full stop: "Amb", "Amb." (Ambassador).
func (s *passage) rankAbbrev(k int) bool {
	if k < 0 || k >= len(s.toks) || !s.toks[k].word || !isCap(s.toks[k]) {
		return false
	}
	stem := strings.TrimSuffix(s.toks[k].text, ".")
	return len(stem) >= 3 && !getLex().stopCaps[fold(stem)] && !monthNames()[fold(stem)] && abbreviatedOffice(stem) != ""
}

// roleBefore scans back from token p for an office: a run of office words,
// connectors and acronyms that contains an office head. It returns the start
// token and the office, or -1.
func (s *passage) roleBefore(p int, viaComma bool) (int, string) {
	l := getLex()
	j := p
	if viaComma {
		if j < 1 || s.toks[j].text != "," && !isDash(s.toks[j]) {
			return -1, "" // "…, Jane Roe", "… — Jane Roe —"
		}
		prev := j - 1
		hyphened := isCap(s.toks[prev]) && strings.Contains(s.toks[prev].text, "-") // "Chairperson-in-Office"
		// a capitalised word no lexicon knows may end an office's
		// portfolio: "Chairman of the House Committee on Appropriations,
		// Rep. Jane Roe"
		portfolio := s.toks[prev].word && isCap(s.toks[prev]) && !s.has(prev, fStop)
		// a body's noun in lower case after a capitalised word ends the
		// office too: "Minister of Social Development in the Palestinian
		// government, Jane Roe", "Director of the National Weather
		// service, Jane Roe"
		if lowerBodyNouns[s.toks[prev].text] && prev > 0 && isCap(s.toks[prev-1]) && s.toks[prev-1].word && !s.has(prev-1, fStop) && s.owner[prev] < 0 {
			j--
		} else if !(s.has(prev, fWord|fName) || hyphened || portfolio || s.toks[prev].text == ")") || s.owner[prev] >= 0 {
			return -1, ""
		}
		j--
	} else if j >= 0 && s.toks[j].text == "," {
		return -1, ""
	}
	if j >= 0 && (s.toks[j].key() == "and" || portfolioPreps[s.toks[j].key()] || s.toks[j].key() == "of" && !viaComma) {
		// "VP of Sales at World Cord Sets", "Chair of the Committee on
		// Countering Terrorism": what follows the preposition is where
		// the office is held or what it is for, not its holder; so are
		// the words right after "of" ("the mayor of El Paso said")
		return -1, ""
	}
	k := j + 1
	chain := false
	for j >= 0 {
		t := s.toks[j]
		if s.owner[j] >= 0 {
			break
		}
		switch {
		case t.word && (isCap(t) || s.has(j, fRole)) && (!s.has(j, fStop) || s.has(j, fCountry|fOrgHead)): // "Chargé d’Affaires", "People’s Republic", "Chair of the Pacific Islands Forum"
			k = j
			j--
			continue
		case t.word && s.has(j, fRole) && s.has(j, fStop) && s.has(j-1, fRole):
			// a function word inside an office of several words that
			// began before it: "Custodian of the Two Holy Mosques"
			k = j
			j--
			continue
		case t.word && s.has(j, fRole) && s.has(j, fStop):
			// a function word that opens an office's head: "Under
			// Secretary", "Joint Secretary"; the office starts there
			// (the words before name its body: "Ministry of Finance
			// Joint Secretary")
			k = j
		case s.has(j, fConn):
			k = j
			j--
			continue
		case isPossessive(t) && s.has(j-1, fCountry) && s.has(j+1, fCountry): // "People’s Republic of China"
			k = j
			j--
			continue
		case isPossessive(t) && j < p && s.possessorInPortfolio(j) >= 0:
			// "Director of the Agency’s Regional Bureau, Jane Roe": the
			// body's unit is named after the body, inside the portfolio
			// (the possessor's words whatever the lexicons make of them:
			// "Central People’s Government"); not the name's own
			// possessor, whose next word is the name: "the Agency’s Jane Roe"
			k = s.possessorInPortfolio(j)
			j = k - 1
			continue
		case t.word && isLowerWord(t):
			if n, _ := l.roleHeads.match(s.toks, j); n > 0 && j+n <= p+1 {
				k = j // "the head of the …", "the spokesperson for …"
			}
		case t.text == ")":
			m := j - 1
			for m >= 0 && s.toks[m].text != "(" && j-m <= 5 {
				m--
			}
			if m >= 0 && s.toks[m].text == "(" && j-m <= 5 { // "Speaker of the Saeima (the Latvian Parliament)"
				k = m
				j = m - 1
				continue
			}
		case t.text == ",":
			if j < 1 {
				break
			}
			prev := j - 1
			// a part of the office may end in a place's name: "Vice-President,
			// Latin America and the Caribbean, of the Bank, Mr. Jane Roe"
			place := s.toks[prev].word && isCap(s.toks[prev]) && !s.hasRole(k, p+1)
			if !(s.has(prev, fWord) || s.toks[prev].text == ")" || place) || s.owner[prev] >= 0 {
				break
			}
			coll := s.toks[k : p+1]
			startsAnd := len(coll) > 0 && fold(coll[0].text) == "and"
			if startsAnd || chain {
				chain = true
				j--
				continue
			}
			if !s.hasRole(k, p+1) {
				j--
				continue
			}
		}
		break
	}
	// trim to the office: leading connectors, anything before a ")" that
	// precedes the first head, and a conjunction whose left part holds no
	// head ("Republic of Korea and Prime Minister").
	scanned := k // where the office's words begin, before trimming
	first := -1
	for i := k; i <= p; i++ {
		if (s.has(i, fRole) || pluralRoleHead(s.toks[i])) && isCap(s.toks[i]) || isLowerWord(s.toks[i]) && !s.has(i, fConn) {
			first = i
			break
		}
	}
	if first < 0 {
		return -1, ""
	}
	for i := k; i < first; i++ {
		if s.toks[i].text == ")" && !(i == first-1 && s.acronymOfBody(i)) {
			k = i + 1
		}
	}
	// a preposition before the first head (and the demonyms and tenure
	// words next to it) ends what comes before, a headline's other words:
	// "Appointment of Chairman Ben Cardin", "Assets to Korean Minister of
	// Justice Jane Roe", "Meeting Between President of Sri Lanka Jane
	// Roe", "Passing of Former Singapore Prime Minister Lee Kuan Yew"
	// (not after a body's head: "Department of Justice …"); so do "in"
	// and "under" before a rank, whose holder the office before them
	// served: "Minister of Industry, Tourism and Trade in President Jane
	// Roe’s cabinet", "under President Jane Roe’s leadership"
	if m := s.qualifiersBefore(first, k); m > k && (officePreps[s.toks[m-1].key()] || rankPreps[s.toks[m-1].key()]) && !s.has(m-1, fRole|fWord) && !s.has(m-2, fOrgHead) {
		k = m
	}
	for i := k; i < first; i++ {
		f := s.toks[i].key()
		if s.toks[i].text == "," && !s.hasRole(k, i) || (f == "and" || f == "&") && !s.hasRole(k, i) && !s.portfolios(k, i) {
			k = i + 1
		}
	}
	for k <= p && (s.has(k, fConn) || s.toks[k].text == "," || s.toks[k].text == ")") && !isLowerRoleHead(s, k) {
		k++
	}
	// a body named with its acronym right before the office is where it
	// is held, whole: "Health and Human Services (HHS) Secretary", "US
	// Department for Business, Energy and Industrial Strategy (BEIS)
	// Secretary of State"
	if b := s.spelledOut(first - 1); b >= scanned && b < k {
		k = b
	}
	// "the Prime Minister and President Macron": an office after "the"
	// is another person's, so the office ends at the conjunction (not
	// inside a portfolio: "the Minister of Security and Justice Ard …")
	if k > 0 && s.toks[k-1].key() == "the" {
		for i := k + 1; i < p; i++ {
			if f := s.toks[i].key(); (f == "and" || f == "&") && s.hasRole(k, i) && (s.has(i-1, fRole|fOrgHead) || thingWord(s.toks[i-1].key()) || s.has(i+1, fOrgHead)) && s.hasRole(i+1, p+1) && isCap(s.toks[i+1]) {
				k = i + 1
				break
			}
		}
	}
	// "Secretary of State Kwarteng and Secretary Granholm", "Scholar
	// Bill Clinton and British Prime Minister Tony Blair": a name word no
	// lexicon knows before the conjunction ends another person's office
	// and name, so this office starts after it
	for i := p - 1; i > k; i-- {
		if f := s.toks[i].key(); (f == "and" || f == "&") && s.nameWordOnly(i-1) && isCap(s.toks[i+1]) && s.hasRole(i+1, p+1) {
			// but not a place after a preposition, where the office is
			// held: "MP of Louis-Hebert and Parliamentary Secretary"
			b := i - 1
			for b > k && s.nameWordOnly(b-1) {
				b--
			}
			if b > 0 && (heldInPreps[s.toks[b-1].key()] || portfolioPreps[s.toks[b-1].key()]) {
				continue
			}
			k = i + 1
			break
		}
	}
	e := p + 1
	for e > k && (s.has(e-1, fConn) || s.toks[e-1].text == "," || isDash(s.toks[e-1])) {
		e--
	}
	// an honorific before the office is a form of address, not part of
	// the office: "His Excellency President", "H.E President", "Mr
	// Environment Minister" (but a rank that is also an office stays)
	for k < e {
		n, _ := l.honorifics.match(s.toks, k)
		if m, _ := l.honorifics.matchEnding(s.toks, k); n == 0 && m > 1 {
			n = 1 // "Excellency" of "His Excellency"
		}
		if r, _ := l.roleHeads.match(s.toks, k); n == 0 || r > 0 || k+n >= e {
			break
		}
		k += n
	}
	if k >= e || !s.hasRole(k, e) || s.bodyNotOffice(k, e) {
		return -1, ""
	}
	// a word of when the office is held, in lower case right before it,
	// is the office's, as the annotation writes it: "former Chairman
	// Jane Roe", "acting Director Jane Roe" (in capitals it is read with
	// the office already)
	if k > 0 && s.tenureAt(k-1) && s.owner[k-1] < 0 {
		k--
	}
	return k, span(s.text, s.toks, k, e)
}

// possessorInPortfolio returns the first word of the possessor when the
// possessive at token p names a unit
// by its body inside an office's portfolio: "Director of the FTC’s Bureau
// of Consumer Protection", "Deputy Director of the Liaison Office of the
// Central People’s Government". The possessor is a run of capitalised
// words or acronyms after "of" (and "the"), right after an office's word,
// and a capitalised word follows. Before an office with no "of" the
// possessor is the office's country or body, not part of it ("Japan’s
// Prime Minister"), and is left to the rules for possessors. It returns -1
// otherwise.
func (s *passage) possessorInPortfolio(p int) int {
	if p+1 >= len(s.toks) || !isCap(s.toks[p+1]) || !s.toks[p+1].word {
		return -1
	}
	j := p - 1
	for j >= 0 && p-j <= 6 && s.toks[j].word && isCap(s.toks[j]) && s.owner[j] < 0 {
		j--
	}
	first := j + 1
	if first == p || j < 1 {
		return -1 // no possessor
	}
	if s.toks[j].key() == "the" {
		j--
	}
	if j < 1 || s.toks[j].key() != "of" {
		return -1
	}
	// the word before "of" is an office's, or a body's inside one
	// ("Liaison Office of the Central People’s Government")
	if s.owner[j-1] < 0 && isCap(s.toks[j-1]) && s.has(j-1, fRole|fOrgHead|fWord) {
		return first
	}
	return -1
}

// kinWord reports a kinship noun (names.txt [kin]) in lower case at
// token k.
func (s *passage) kinWord(k int) bool {
	return k >= 0 && k < len(s.toks) && isLowerWord(s.toks[k]) && getLex().kin[s.toks[k].key()]
}

// kinBefore reports a kinship noun that a name starting at token t
// follows, after a possessor ("his wife Jane", "Dr. Roe’s wife, Jane",
// "their three daughters Ann", "his dear wife, Jane"): the name is a
// relative's. Not a noun after "the" or "a" ("the son of …" names the
// parent after "of").
func (s *passage) kinBefore(t int) bool {
	k := t - 1
	if k >= 0 && s.toks[k].text == "," {
		k--
	}
	if !s.kinWord(k) {
		return false
	}
	k--
	for n := 0; k >= 0 && n < 2 && s.toks[k].word && isLowerWord(s.toks[k]) && !possessiveDeterminer(s.toks[k].key()); n++ {
		k-- // "dear", "three", "beloved"
	}
	return k >= 0 && (possessiveDeterminer(s.toks[k].key()) || isPossessive(s.toks[k]))
}

// kinAfter reports a name ending at token e with a kinship noun in
// apposition: "To Jane, his wife of 55 years".
func (s *passage) kinAfter(e int) bool {
	return e+2 < len(s.toks) && s.toks[e].text == "," && possessiveDeterminer(s.toks[e+1].key()) && s.kinWord(e+2)
}

// nameWordOnly reports a capitalised word at token k that can be part of
// a person's name and of nothing the lexicons know: no office, body,
// country, city or function word.
func (s *passage) nameWordOnly(k int) bool {
	return k >= 0 && s.toks[k].word && isCap(s.toks[k]) && s.has(k, fName) && !s.has(k, fWord|fRole|fCountry|fCity|fOrgHead|fStop)
}

// acronymOfBody reports a bracket closing at token c that holds only the
// acronym of the body named right before it: "(EPA)" of "Environmental
// Protection Agency (EPA) Administrator". Before an office's head, such a
// body is where the office is held, not the end of another clause.
func (s *passage) acronymOfBody(c int) bool {
	return c >= 3 && s.toks[c-2].text == "(" && isAcronym(s.toks[c-1]) && s.has(c-3, fOrgHead) && isCap(s.toks[c-3]) || s.spelledOut(c) >= 0
}

// spelledOut returns the start of a name and its acronym that end with a
// bracket closing at token c, the one spelling out the other: "Health and
// Human Services (HHS)", "Department of Energy (DOE)", "JAXA (Japan
// Aerospace Exploration Agency)"; or -1. Before an office, such a name is
// the body the office is held in, even with no head noun of bodies.
func (s *passage) spelledOut(c int) int {
	if c < 3 || c >= len(s.toks) || s.toks[c].text != ")" {
		return -1
	}
	spells := func(acr token, i, j int) bool {
		a := strings.ToUpper(acr.text)
		return isAcronym(acr) && (initialsOfTokens(s.toks[i:j], false) == a || initialsOfTokens(s.toks[i:j], true) == a)
	}
	if open := c - 2; s.toks[open].text == "(" {
		// the name before its acronym: the shortest run of its words
		// whose initials spell it
		for m := open - 1; m >= 0 && open-m <= 12; m-- {
			t := s.toks[m]
			if !(t.word && (isCap(t) || s.has(m, fConn)) || t.text == ",") {
				break
			}
			if isCap(t) && spells(s.toks[c-1], m, open) {
				return m
			}
		}
		return -1
	}
	// the acronym before the name it stands for, in brackets
	open := c - 1
	for open > 0 && c-open <= 8 && s.toks[open].text != "(" {
		open--
	}
	if open >= 1 && s.toks[open].text == "(" && c-open >= 3 && spells(s.toks[open-1], open+1, c) {
		return open - 1
	}
	return -1
}

// portfolioPreps are the prepositions that, right before a run of
// capitalised words, make it the place or the matter of the office before
// them rather than its holder.
var portfolioPreps = map[string]bool{"at": true, "on": true, "to": true, "in": true, "for": true, "against": true, "with": true}

// officePreps are prepositions that open no office's words before its
// first head.
var officePreps = map[string]bool{"of": true, "to": true, "for": true, "from": true, "between": true, "with": true, "at": true}

// lowerBodyNouns are nouns of a body that, in lower case after a
// capitalised word, end an office before the comma of "Office, Name".
var lowerBodyNouns = map[string]bool{"government": true, "service": true, "ministry": true, "department": true, "agency": true, "administration": true}

// rankPreps are prepositions that end an office's words before a rank:
// what precedes them is another person's office, held in the rank
// holder's government ("in President …").
var rankPreps = map[string]bool{"in": true, "under": true}

// qualifiersBefore returns the first of the country words and capitalised
// tenure words right before token first ("Former Singapore Prime
// Minister"), no further back than k, or first if there are none.
func (s *passage) qualifiersBefore(first, k int) int {
	m := first
	for m > k && s.toks[m-1].word && (s.has(m-1, fCountry) || isCap(s.toks[m-1]) && getLex().tenure[s.toks[m-1].key()]) {
		m--
	}
	return m
}

// bodyNotOffice reports tokens [k, e) that name a body, not an office,
// though an office word stands in them: "Department of Justice", "Board
// of Governors of the Federal Reserve": a head noun of bodies, and every
// office word right after "of" or "of the" (but "Department of Homeland
// Security Secretary" is an office).
func (s *passage) bodyNotOffice(k, e int) bool {
	if !s.has(k, fOrgHead) {
		return false
	}
	of := func(i int) bool { return i >= k && s.toks[i].key() == "of" }
	seen := false
	for i := k + 1; i < e; i++ {
		if of(i) {
			seen = true
		}
		if (s.has(i, fRole) || pluralRoleHead(s.toks[i])) && !of(i-1) && !(of(i-2) && s.toks[i-1].key() == "the") {
			return false
		}
	}
	return seen
}

func isLowerRoleHead(s *passage, i int) bool {
	if !isLowerWord(s.toks[i]) || s.has(i, fConn) {
		return false
	}
	n, _ := getLex().roleHeads.match(s.toks, i)
	return n > 0
}

func (s *passage) hasRole(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.toks); k++ {
		if s.has(k, fRole) || isLowerRoleHead(s, k) || pluralRoleHead(s.toks[k]) {
			return true
		}
	}
	return false
}

// roleAfter reads an office in apposition after a name: "Vikram Misri,
// Foreign Secretary of India", "Mr. X, MD & CEO, Clearsynth Labs". It
// returns the office's tokens [start, end) and its text, or start -1.
func (s *passage) roleAfter(e int) (start, end int, role string) {
	j := e
	if st, en := s.officeInBrackets(j); st >= 0 {
		return st, en, span(s.text, s.toks, st, en) // "Jane Roe (Minister of Trade)"
	}
	j = s.pastBracket(j, 4) // "(virtually)"
	// "Julie Bishop MP, Minister for …", "Julie Bishop, MP, Minister for
	// …": the office comes after the letters
	if m := s.pastLetters(j); m > j && m+1 < len(s.toks) && isCap(s.toks[m+1]) {
		j = m
	}
	if j >= len(s.toks) {
		return -1, -1, ""
	}
	if s.toks[j].text == "," {
		j++
		// ", who is also the Minister of Finance"
		if j+1 < len(s.toks) && s.toks[j].key() == "who" && s.toks[j+1].key() == "is" {
			j += 2
			if j < len(s.toks) && s.toks[j].key() == "also" {
				j++
			}
		}
	} else if !(s.has(j, fWord) && isCap(s.toks[j])) {
		return -1, -1, ""
	}
	if j < len(s.toks) && (s.toks[j].key() == "and" || s.toks[j].text == "&") && s.toks[j-1].text == "," {
		return -1, -1, "" // "Prime Minister Jane Roe, and Chairman of …": the list's next office
	}
	if j < len(s.toks) && s.toks[j].key() == "the" {
		j++
	}
	tenure := -1 // "former President of …": a word of when the office is held
	if j+1 < len(s.toks) && s.tenureAt(j) && isCap(s.toks[j+1]) {
		tenure = j
		j++
	} else if k := s.pastOrdinal(j); k > j && k < len(s.toks) && isCap(s.toks[k]) {
		tenure, j = j, k // "the third Director-General of …", "fifth elected President of …"
	}
	// "Dr. Fuad Hussein, Iraq’s Minister of Foreign Affairs": the
	// possessor is a country, the office what follows
	for _, c := range s.cms {
		if c.tok == j && c.end+1 < len(s.toks) && isPossessive(s.toks[c.end]) && isCap(s.toks[c.end+1]) {
			j = c.end + 1
			break
		}
	}
	start = j
	possessive := true // in the office's first part only, not the list after it
	ok := func(k int) bool {
		t := s.toks[k]
		if s.owner[k] >= 0 {
			return false
		}
		// an ordinal or a capitalised function word opening the name
		// of a body or a session after "the": "President of the 78th
		// United Nations General Assembly", "of the New Development Bank"
		inName := k > start && s.toks[k-1].key() == "the" && k+1 < len(s.toks) && s.toks[k+1].word && isCap(s.toks[k+1]) &&
			(isOrdinal(t.text) || t.word && isCap(t) && s.has(k, fStop))
		return inName || t.word && isCap(t) && s.flags[k]&(fWord|fName) != 0 || s.has(k, fConn) && t.key() != "and" || t.key() == "and" && k+1 < len(s.toks) && isCap(s.toks[k+1]) && !s.startsPerson(k+1) && !s.nextHolder(k+1) ||
			isPossessive(t) && possessive && k > start && k+1 < len(s.toks) && isCap(s.toks[k+1]) && !s.andIn(start, k) // "the European External Action Service’s Special Envoy"
	}
	for j < len(s.toks) {
		if ok(j) {
			j++
			continue
		}
		if k := s.pastBracket(j, 4); k > j {
			j = k
			continue
		}
		break
	}
	end = j
	for end > start && s.has(end-1, fConn) {
		end--
	}
	if end <= start || !s.hasRole(start, end) || s.bodyNotOffice(start, end) {
		return -1, -1, "" // no office, or a body's name: "Jane Roe, the Department of Justice has …"
	}
	if tenure >= 0 && tenure == start-1 {
		start = tenure
	}
	if end < len(s.toks) && isCap(s.toks[end]) && headlineVerb(s.toks[end].text) {
		return -1, -1, "" // "…, Secretary-General Tells Council": the office opens a clause of a headline
	}
	// the first part must not be mostly a name: "Name, Name, …"
	// further comma-separated parts that name a body: ", ITU", ", Clearsynth Labs"
	possessive = false
	for end < len(s.toks) && s.toks[end].text == "," {
		k := end + 1
		hasWord, hasHead := false, false
		for k < len(s.toks) {
			if ok(k) || s.toks[k].text == "&" || s.bodyWordAt(k) {
				if s.has(k, fWord) {
					hasWord = true
				}
				if s.has(k, fOrgHead) {
					hasHead = true
				}
				k++
				continue
			}
			// "…, European Bank for Reconstruction and Development
			// (EBRD)": the body's acronym in brackets ends the part
			if b := s.pastBracket(k, 4); b > k && hasHead {
				k = b
			}
			break
		}
		if k == end+1 || !hasWord || s.startsPerson(end+1) || s.nextHolder(end+1) {
			break
		}
		if k < len(s.toks) && !(s.toks[k].text == "," || s.toks[k].text == "." || s.toks[k].text == ";" || s.toks[k].text == ":") {
			break
		}
		for k > end+1 && s.has(k-1, fConn) {
			k--
		}
		end = k
	}
	return start, end, span(s.text, s.toks, start, end)
}

// bodyWordAt reports a capitalised word at token k that opens or goes on
// with the name of a body, its head noun ahead through capitalised words
// and connectors only: "New" of ", New Brunswick Building Trades Council",
// a word the lexicon knows as a function word or a month.
func (s *passage) bodyWordAt(k int) bool {
	if !s.toks[k].word || !isCap(s.toks[k]) || s.owner[k] >= 0 {
		return false
	}
	for m := k; m < len(s.toks) && m < k+8 && s.owner[m] < 0; m++ {
		if s.has(m, fOrgHead) {
			return true
		}
		if !(s.toks[m].word && isCap(s.toks[m]) || s.has(m, fConn)) {
			return false
		}
	}
	return false
}

// unknownBodyPart reports a comma part of an office from token k, up to
// the next comma or end, that names a body with a capitalised word
// neither an office's, a body's nor a name's ("New" of "New Harbour
// Workers Council"): roleAfter takes it only as bodyWordAt allows.
func (s *passage) unknownBodyPart(k, end int) bool {
	for ; k < end && s.toks[k].text != ","; k++ {
		if t := s.toks[k]; t.word && isCap(t) && s.flags[k]&(fWord|fName) == 0 {
			return true
		}
	}
	return false
}

// endsInName reports an office [st, end) read after a name whose last words
// are name words no lexicon knows: the office of the next person, glued to
// the name ("Vice Foreign Minister Jane Roe, Chairman of the Party’s
// Commission on External Relations Le Hoai Trung").
func (s *passage) endsInName(st, end int) bool {
	n := 0
	for k := end - 1; k > st && s.has(k, fName) && !s.has(k, fWord|fStop) && !s.has(k-1, fConn); k-- {
		n++
	}
	return n >= 2
}

// afterComma returns where the words after a comma start when only
// honorifics stand between the comma and the word at rs (rs itself, or
// the honorifics': "…, H.E. Ambassador Jane Roe"), or -1.
func (s *passage) afterComma(rs int) int {
	if rs < 1 {
		return -1
	}
	if h := s.titleBefore(rs - 1); h < rs && h >= 1 && s.toks[h-1].text == "," {
		return h
	}
	if s.toks[rs-1].text == "," {
		return rs
	}
	return -1
}

// opensListItem reports an office starting at token cs that opens the
// next item of a list after a comma and "and" (and "the"): "…, and
// Commissioner for Migration, …", "…, and the Director of …". A name
// before the comma holds an office of its own, not this one.
func (s *passage) opensListItem(cs int) bool {
	a := cs - 1
	if a >= 0 && s.toks[a].key() == "the" {
		a--
	}
	return a >= 1 && s.toks[a].key() == "and" && s.toks[a-1].text == ","
}

// ownerBefore returns the mention that owns the name right before an
// office starting at token cs ("Jane Roe, Minister of …" or "Jane Roe,
// and …"), or -1.
func (s *passage) ownerBefore(cs int) int {
	b := cs - 1
	for b >= 0 && s.has(b, fConn) {
		b--
	}
	if b >= 1 && s.toks[b].text == "," {
		return s.owner[b-1]
	}
	if b == cs-1 && b >= 0 {
		return s.owner[b]
	}
	return -1
}

// andIn reports "and" or "&" among tokens [i, j).
func (s *passage) andIn(i, j int) bool {
	for k := i; k < j; k++ {
		if f := s.toks[k].key(); f == "and" || f == "&" {
			return true
		}
	}
	return false
}

// bodyAfter returns the tokens [start, end) of a body's name in apposition
// after a name: ", Slovenian Ministry of Foreign Affairs" up to the next
// comma, full stop, semicolon or the passage's end, with a head noun of
// bodies and no office in it; or -1.
func (s *passage) bodyAfter(e int) (start, end int) {
	if e+1 >= len(s.toks) || s.toks[e].text != "," || s.startsPerson(e+1) {
		return -1, -1
	}
	start = e + 1
	if s.toks[start].key() == "the" {
		start++
	}
	head, of := false, false
	k := start
	for k < len(s.toks) && s.owner[k] < 0 {
		t := s.toks[k]
		if t.word && isCap(t) && !s.has(k, fStop) {
			head = head || s.has(k, fOrgHead) && !of
		} else if t.key() == "of" && !head {
			of = true // "Staff of the Ministry of Health": no body's name
			k++
			continue
		} else if !(s.has(k, fConn) && k > start && (t.key() != "and" || k+1 < len(s.toks) && isCap(s.toks[k+1]) && !s.has(k+1, fRole) && !s.startsPerson(k+1))) {
			break
		}
		k++
	}
	for k > start && s.has(k-1, fConn) {
		k--
	}
	if !head || k == start || s.hasRole(start, k) {
		return -1, -1
	}
	if k < len(s.toks) {
		switch s.toks[k].text {
		case ",", ".", ";":
		default:
			return -1, -1
		}
	}
	return start, k
}

// appointedAs reads the office a person is given after the name: "has
// been appointed British High Commissioner to …", "was elected as the
// Speaker of …". It returns the office's tokens and text, or start -1.
func (s *passage) appointedAs(e int) (start, end int, role string) {
	j := s.appointingVerb(e)
	if j < 0 {
		return -1, -1, ""
	}
	j++
	if k := s.asAfterAdjunct(j); k > j {
		j = k // "has been re-appointed for a second four-year term as Director-General of …"
	}
	if j < len(s.toks) && s.toks[j].key() == "as" {
		j++
		if j < len(s.toks) && (s.toks[j].key() == "a" || s.toks[j].key() == "an") {
			j++ // "as a new Executive Director"
		}
	}
	if j < len(s.toks) && s.toks[j].key() == "the" {
		j++
	}
	j = s.pastHolderCount(j) // "as the new …", "appointed as the first Executive Director of …"
	if j >= len(s.toks) || !isCap(s.toks[j]) {
		return -1, -1, ""
	}
	return s.roleAfter(j)
}

// possessiveTenureAs reads an office a possessive pronoun after mention
// m gives in the same sentence, before any other name: "Jane Roe … the
// end of her tenure as Executive Director of …", "welcome Jane Roe to her
// new role as Solicitor General", "during his eventful years as the
// Minister of …". A pronoun of the other sex than the title's is
// another's. It returns the office's tokens and text, or start -1.
func (s *passage) possessiveTenureAs(m *pmention) (start, end int, role string) {
	for k := m.end; k < len(s.toks) && k < m.end+maxTenureReach; k++ {
		t := s.toks[k]
		if s.owner[k] >= 0 || s.has(k, fName) && isCap(t) && !s.has(k, fWord|fOrgHead|fStop) {
			break // another person's name or office comes first
		}
		sex := pronounSex(t.key())
		if sex == 0 || !isLowerWord(t) {
			continue
		}
		if ts := honorificSex(m.title); ts != 0 && ts != sex {
			break
		}
		j := k + 1
		for n := 0; n < 2 && j < len(s.toks) && isLowerWord(s.toks[j]) && !tenureNouns[s.toks[j].key()]; n++ {
			j++ // "new", "eventful"
		}
		if j+2 >= len(s.toks) || !tenureNouns[s.toks[j].key()] || s.toks[j+1].key() != "as" {
			continue // "for his dedicated service to …"
		}
		j += 2
		switch s.toks[j].key() {
		case "the", "a", "an":
			j++
		}
		j = s.pastSuccessorWord(j)
		if j >= len(s.toks) || !isCap(s.toks[j]) {
			break
		}
		return s.roleAfter(j)
	}
	return -1, -1, ""
}

// pronounSex returns the sex a possessive pronoun gives, in the numbers
// honorificSex returns (1 "his", 2 "her"), or 0.
func pronounSex(w string) int {
	switch w {
	case "his":
		return 1
	case "her":
		return 2
	}
	return 0
}

// maxTenureReach bounds the tokens between a name and the pronoun that
// gives its office.
const maxTenureReach = 30

// tenureNouns name the holding of an office after a possessive pronoun
// and before "as": "her tenure as", "his new role as".
var tenureNouns = map[string]bool{"tenure": true, "term": true, "role": true, "capacity": true, "position": true, "years": true, "time": true}

// nextItemOffice returns where the office of the next item of a list
// starts inside an office [rs, t) read before the name at token t, when
// its words before ", and" are the apposition of the name before them:
// "Jane Roe, Head of the Department of Trade, and State Secretary John
// Doe" gives John Doe the State Secretary only. It returns rs when there
// is no such item.
func (s *passage) nextItemOffice(all []*pmention, rs, t int) int {
	if rs < 2 || s.toks[rs-1].text != "," {
		return rs
	}
	prev := false
	for _, m := range all {
		prev = prev || m.end == rs-1
	}
	if !prev {
		return rs
	}
	for a := t - 2; a > rs; a-- {
		if s.toks[a].key() == "and" && s.toks[a-1].text == "," && isCap(s.toks[a+1]) {
			return a + 1
		}
	}
	return rs
}

// maxAdjunctWords bounds the words between an appointing verb and its
// "as": "elected by the General Assembly on 22 December 2017 as …".
const maxAdjunctWords = 10

// asAfterAdjunct returns the "as" that follows an adjunct opened by a
// preposition in lower case at token j, right after an appointing verb
// ("for a second four-year term", "by the General Assembly on 22 December
// 2017"), through words and figures alone; or j. "as well as" goes on
// the clause, not to an office.
func (s *passage) asAfterAdjunct(j int) int {
	if j >= len(s.toks) || !isLowerWord(s.toks[j]) || !adjunctPreps[s.toks[j].key()] {
		return j
	}
	for k := j + 1; k < len(s.toks) && k <= j+maxAdjunctWords; k++ {
		t := s.toks[k]
		if !t.word && strings.Trim(t.text, "0123456789") != "" {
			return j
		}
		switch t.key() {
		case "as":
			if k+1 < len(s.toks) && s.toks[k+1].key() == "well" {
				return j
			}
			return k
		case "and", "or", "to", "who", "which", "that":
			return j // another clause, or the office given in another way
		}
	}
	return j
}

// adjunctPreps open the adjunct between an appointing verb and its "as".
var adjunctPreps = map[string]bool{"for": true, "by": true, "on": true, "in": true, "at": true, "during": true, "until": true}

// servedAs reports an office appointedAs reads from a past service ("who
// served as …", "has served as … since 2002"): often an office the person
// held before the one the text is about ("its new Secretary-General, Jane
// Roe … Ms Roe has served as the Director-General of the Institute since
// 2002"), so an office stated with the name replaces it.
func (s *passage) servedAs(e int) bool {
	j := s.appointingVerb(e)
	return j >= 0 && s.toks[j].key() == "served"
}

// appointingVerb returns the token of the verb that gives the office
// appointedAs reads after a name ending before e, or -1.
func (s *passage) appointingVerb(e int) int {
	e = s.pastBracket(e, 6)  // "Jane Roe (Germany) will serve as …"
	e += s.postNominalLen(e) // "The Rt Hon Jane Roe MP has been reappointed as …"
	j := e
	// a relative clause or a reason: "Jane Roe, who served as …",
	// "thanked Jane Roe for serving as …"
	switch {
	case j+1 < len(s.toks) && s.toks[j].text == "," && s.toks[j+1].key() == "who":
		j += 2
	case j+1 < len(s.toks) && s.toks[j].key() == "for" && s.toks[j+1].key() == "serving":
		j++
	}
	for j < len(s.toks) && j < e+5 {
		switch s.toks[j].key() {
		case "has", "have", "was", "is", "been", "be", "will":
			j++
			continue
		}
		break
	}
	if j >= len(s.toks) {
		return -1
	}
	switch s.toks[j].key() {
	case "appointed", "elected", "named", "nominated", "designated",
		"reappointed", "re-appointed", "re-elected", "reelected":
		if j == e && s.index >= 0 {
			// with no auxiliary the participle is a headline's passive
			// ("Jane Roe MP reappointed Secretary of State for …");
			// in a sentence it is the verb of the name's own act
			return -1
		}
	case "serve", "serves", "served", "serving":
		if j == e || j+1 >= len(s.toks) || s.toks[j+1].key() != "as" {
			return -1
		}
	default:
		return -1
	}
	return j
}

// pastHolderCount skips what places a holder among an office's holders
// before the office's name: a successor word, then an ordinal ("as the
// new …", "as the first Executive Director of …", "the 18th Secretary").
func (s *passage) pastHolderCount(k int) int { return s.pastOrdinal(s.pastSuccessorWord(k)) }

// pastSuccessorWord returns the token after a successor word in lower case
// at k ("next", "new": "as the new Special Representative"), or k.
func (s *passage) pastSuccessorWord(k int) int {
	if k < len(s.toks) && successorWords[s.toks[k].key()] && isLowerWord(s.toks[k]) {
		return k + 1
	}
	return k
}

// onAppointmentAs reads the office named after a name by a possessive and
// the noun of its giving: "congratulated Jane Roe on her appointment as
// Foreign Minister", "a statement from Jane Roe on his election as
// President of …". e is the token after the name.
func (s *passage) onAppointmentAs(e int) (start, end int, role string) {
	e = s.pastBracket(e, 6)
	e += s.postNominalLen(e)
	if e+3 >= len(s.toks) || s.toks[e].key() != "on" || !possessivePronouns[s.toks[e+1].key()] || !appointmentNouns[s.toks[e+2].key()] {
		return -1, -1, ""
	}
	j := s.afterAs(e + 3)
	if j < 0 {
		return -1, -1, ""
	}
	j = s.pastHolderCount(j)
	if j >= len(s.toks) || !isCap(s.toks[j]) {
		return -1, -1, ""
	}
	return s.roleAfter(j)
}

// possessivePronouns own the act of an appointment named after a name:
// "on her appointment as …".
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true}

// appointmentOf reads the office a person is given when the appointment is
// a noun before the name: "the appointment of General Jane Roe as
// Commander of …", "the nomination of Jane Roe as …". ss is the mention's
// first token (its title's), e the token after the name.
func (s *passage) appointmentOf(ss, e int) (start, end int, role string) {
	if ss > 0 {
		// a rank after "of" is left out of the mention (titleBefore):
		// "appointment of General Jane Roe"
		if n, _ := getLex().honorifics.matchEnding(s.toks, ss-1); n > 0 && isCap(s.toks[ss-n]) {
			ss -= n
		}
	}
	if ss < 2 || s.toks[ss-1].key() != "of" {
		return -1, -1, ""
	}
	if !appointmentNouns[s.toks[ss-2].key()] {
		return -1, -1, ""
	}
	j := s.afterAs(e)
	if j < 0 {
		return -1, -1, ""
	}
	j = s.pastHolderCount(j) // "the appointment of Jane Roe as the new …", "… as the first …"
	if j >= len(s.toks) || !isCap(s.toks[j]) {
		return -1, -1, ""
	}
	return s.roleAfter(j)
}

// afterAs is the token after the "as" (and a "the" after it) that follows
// a name ending before e, past a bracket: where an office named after the
// name begins. It is -1 when no "as" follows.
func (s *passage) afterAs(e int) int {
	j := s.pastBracket(e, 6)
	if j+1 >= len(s.toks) || s.toks[j].key() != "as" {
		return -1
	}
	j++
	if s.toks[j].key() == "the" {
		j++
	}
	return j
}

// nomineeOffice reads the office a nominee is named for, as lists of
// nominations write it after the name and the nominee's state: "Jane Roe,
// of Texas, to be Ambassador to …", "Nomination of Jane Roe, of Ohio, to
// be an Assistant Secretary of Commerce". e is the token after the name.
func (s *passage) nomineeOffice(e int) (start, end int, role string) {
	if e+2 >= len(s.toks) || s.toks[e].text != "," || s.toks[e+1].key() != "of" {
		return -1, -1, ""
	}
	j := e + 2
	for j < len(s.toks) && j < e+6 && s.toks[j].text != "," {
		if !isCap(s.toks[j]) && s.toks[j].word {
			return -1, -1, "" // ", of the committee, …": no state
		}
		j++
	}
	if j == e+2 || j+3 >= len(s.toks) || s.toks[j].text != "," || s.toks[j+1].key() != "to" || s.toks[j+2].key() != "be" {
		return -1, -1, ""
	}
	j += 3
	switch s.toks[j].key() {
	case "a", "an", "the":
		j++
	}
	if j >= len(s.toks) || !isCap(s.toks[j]) {
		return -1, -1, ""
	}
	return s.roleAfter(j)
}

// officeAs reads the office a person is named to or serves in when "as"
// follows the name: "the Board appointed Jane Roe as Director General",
// "chose Jane Roe as the next Director-General of …", a list of
// appointments ("1. Jane Roe as Consul General of Mexico in …"). The
// office must end the clause or its list's item, not run into another
// person's name ("… said Jane Roe as President John Doe arrived"). e is
// the token after the name.
func (s *passage) officeAs(e int) (start, end int, role string) {
	j := s.afterAs(e)
	if j < 0 {
		return -1, -1, ""
	}
	j = s.pastSuccessorWord(j) // "as the next Director-General"
	if j >= len(s.toks) || !isCap(s.toks[j]) || !s.has(j, fWord|fRole) {
		return -1, -1, ""
	}
	start, end, role = s.roleAfter(j)
	if start < 0 || end < len(s.toks) && (s.owner[end] >= 0 || s.has(end, fName) && isCap(s.toks[end])) || s.endsInName(start, end) {
		return -1, -1, ""
	}
	return start, end, role
}

// chairedBy returns the office a passive "chaired by" or "headed by"
// before a name starting at token ss gives, as the chair or head of the
// body, meeting or review the clause names: "The 12th session of the
// Board, chaired by Jane Roe", "the Foreign Relations Commission chaired
// by legislator Jane Roe", "The review will be chaired by forensic
// science expert Jane Roe" give "chair of the 12th session of the Board",
// "chair of the Foreign Relations Commission", "chair of the review". The
// thing chaired is the phrase before the verb (and its auxiliaries or a
// comma) from the "the" that opens it (past a "the" after "of", "for" or
// "on", inside it), or from a possessor that opens the passage, at most
// ten words, with no mark between but possessives and hyphens; "" if
// there is none. The annotation writes such a role only where the text
// states no office, so the caller holds it as a borrowed one.
func (s *passage) chairedBy(ss int) string {
	k := ss - 1
	for n := 0; k >= 0 && n < 3 && isLowerWord(s.toks[k]) && s.toks[k].key() != "by"; n++ {
		k-- // "by legislator Jane Roe", "by forensic science expert Jane Roe"
	}
	if k < 1 || s.toks[k].key() != "by" {
		return ""
	}
	head := ""
	switch s.toks[k-1].key() {
	case "chaired":
		head = "chair"
	case "headed":
		head = "head"
	default:
		return ""
	}
	k -= 2
	for k >= 0 {
		switch s.toks[k].key() {
		case "is", "was", "are", "were", "be", "been", "being", "will", "has", "have", "had", "to":
			k--
			continue
		}
		break
	}
	if k >= 0 && s.toks[k].text == "," {
		k--
	}
	end := k + 1
	found := -1 // the "the" that opens the phrase
	for b := k; b >= 0 && end-b <= 10; b-- {
		t := s.toks[b]
		if !t.word && !isPossessive(t) && t.text != "-" && !isOrdinal(t.text) {
			break
		}
		if t.key() == "the" && b+1 < end {
			found = b
			if b >= 1 && ofPreps[s.toks[b-1].key()] {
				continue // "of the Board" inside "the 12th session of the Board"
			}
			break
		}
		if b == 0 && found < 0 && isCap(t) && isPossessive(s.toks[b+1]) {
			// the passage opens with the body's possessor: "Agency’s
			// Regional Office for Asia, headed by Jane Roe"
			return head + " of " + span(s.text, s.toks, 0, end)
		}
	}
	if found < 0 {
		return ""
	}
	return head + " of the " + span(s.text, s.toks, found+1, end)
}

// ofPreps join a complement inside the name of what is chaired.
var ofPreps = map[string]bool{"of": true, "for": true, "on": true}

// successorWords say that an office is taken up, between "as the" and
// the office: "as the next Director-General", "as new Chair".
var successorWords = map[string]bool{"next": true, "new": true, "incoming": true}

// appointmentNouns name the act of giving a person an office: "the
// nomination of Jane Roe as …".
var appointmentNouns = map[string]bool{"appointment": true, "reappointment": true, "re-appointment": true, "nomination": true,
	"election": true, "re-election": true, "reelection": true, "designation": true, "confirmation": true}

// tenureAt reports a word at token k that says when an office is held
// (roles.txt [tenure]: "former", "acting").
func (s *passage) tenureAt(k int) bool {
	return k < len(s.toks) && isLowerWord(s.toks[k]) && getLex().tenure[s.toks[k].key()]
}

// pastOrdinal returns the token after an ordinal in lower case or in
// figures at k that counts the holders of an office, with "elected" after
// it ("third", "47th", "fifth elected"); or k.
func (s *passage) pastOrdinal(k int) int {
	if k >= len(s.toks) || !(isLowerWord(s.toks[k]) || s.toks[k].text[0] >= '0' && s.toks[k].text[0] <= '9') || !isOrdinal(s.toks[k].text) {
		return k
	}
	if k+1 < len(s.toks) && s.toks[k+1].key() == "elected" {
		return k + 2
	}
	return k + 1
}

// officeInBrackets returns the tokens [start, end) of an office written in
// brackets at token j, right after a name: "Jane Roe (Minister of Trade)";
// or -1. Brackets with no office head hold something else: a party and a
// country ("(EPP, IE)"), an acronym.
func (s *passage) officeInBrackets(j int) (start, end int) {
	if j >= len(s.toks) || s.toks[j].text != "(" {
		return -1, -1
	}
	m := j + 1
	for m < len(s.toks) && m-j <= 12 && s.owner[m] < 0 {
		t := s.toks[m]
		if t.text == ")" {
			break
		}
		if !(t.word && isCap(t) || s.has(m, fConn) || t.text == "," || isPossessive(t)) {
			return -1, -1
		}
		m++
	}
	if m >= len(s.toks) || s.toks[m].text != ")" || m == j+1 || !isCap(s.toks[j+1]) || !s.hasRole(j+1, m) || s.bodyNotOffice(j+1, m) {
		return -1, -1
	}
	return j + 1, m
}

// startsPerson reports an honorific at token i, which begins another
// person; not one that begins a country's name ("Sri Lanka").
func (s *passage) startsPerson(i int) bool {
	if i >= len(s.toks) || !isCap(s.toks[i]) || s.has(i, fCountry) {
		return false
	}
	n, _ := getLex().honorifics.match(s.toks, i)
	return n > 0
}

var behalfRE = lazyre.New(`^\s*,?\s*(?:representing|on behalf of|of)\s+(?:the\s+)?`)

// countryAfter finds "of Greece", "representing India", "on behalf of the
// Maldives" right after token e.
func (s *passage) countryAfter(e int) string {
	if e >= len(s.toks) {
		return ""
	}
	rest := s.text[s.toks[e-1].end:]
	m := behalfRE.FindStringIndex(rest)
	if m == nil {
		return ""
	}
	at := int32(int(s.toks[e-1].end) + m[1])
	for _, c := range s.cms {
		if s.toks[c.tok].start == at || s.toks[c.tok].start <= at && at < s.toks[c.end-1].end {
			return c.name
		}
	}
	return ""
}

// ofCountryAfter returns "of the Republic of Korea" when tokens from e
// are "of", perhaps "the", and a country's name that ends the clause.
func (s *passage) ofCountryAfter(e int) string {
	if end := s.ofCountryEnd(e); end > e {
		return span(s.text, s.toks, e, end)
	}
	return ""
}

// ofCountryEnd returns the token after such an "of" and country's name at
// e, which ends the clause or a list's item ("Jane Roe of France and John
// Doe of Chile"), or e if there is none.
func (s *passage) ofCountryEnd(e int) int {
	if e >= len(s.toks) || s.toks[e].key() != "of" {
		return e
	}
	k := e + 1
	for _, c := range s.cms {
		if c.tok == k || c.tok == k+1 && s.toks[k].key() == "the" {
			if c.end < len(s.toks) && (s.toks[c.end].word && s.toks[c.end].key() != "and" || s.toks[c.end].text == "-") {
				return e // "of Japan Foundation", "of Korea-Japan"
			}
			return c.end
		}
	}
	return e
}

// ofBodyEnd returns the token after "of", perhaps "the", and the name of
// a body at e that ends the clause: capitalised words with a head noun of
// bodies ("of the Justice Department’s Antitrust Division"), or an
// acronym alone ("of the FTC"), perhaps with its acronym in brackets
// after it. It returns e if there is none: no head noun, an office among
// the words (another person's), or a name going on in lower case.
func (s *passage) ofBodyEnd(e int) int {
	if e >= len(s.toks) || s.toks[e].key() != "of" {
		return e
	}
	start := e + 1
	if start < len(s.toks) && s.toks[start].key() == "the" {
		start++
	}
	head := false
	k := start
name:
	for ; k < len(s.toks) && s.owner[k] < 0; k++ {
		t := s.toks[k]
		switch {
		case t.word && (isCap(t) || isAcronym(t)):
			head = head || s.has(k, fOrgHead)
		case isPossessive(t) && k > start && k+1 < len(s.toks) && isCap(s.toks[k+1]):
		case s.has(k, fConn) && t.key() != "and" && k > start && k+1 < len(s.toks) && isCap(s.toks[k+1]):
		default:
			break name
		}
	}
	if k == start+1 && isAcronym(s.toks[start]) {
		head = true // "of the FTC"
	}
	if !head || s.hasRole(start, k) {
		return e
	}
	if k < len(s.toks) && s.toks[k].text == "(" && k+2 < len(s.toks) && isAcronym(s.toks[k+1]) && s.toks[k+2].text == ")" {
		k += 3 // "of the Organization of American States (OAS)"
	}
	if k < len(s.toks) && s.toks[k].word && !isLowerWord(s.toks[k]) {
		return e
	}
	return k
}

// pluralOfState returns the office in the singular of tokens [rs, c)
// that hold an office in the plural followed by "of" and a state's name
// ("Foreign Ministers of Azerbaijan", "Ministers of Foreign Affairs of
// Latvia"), and where that "of" stands; "" if they are no such thing.
func (s *passage) pluralOfState(rs, c int) (string, int) {
	for _, cm := range s.cms {
		if cm.end != c {
			continue
		}
		of := cm.tok - 1
		if of > rs && s.toks[of].key() == "the" {
			of--
		}
		if of <= rs || s.toks[of].key() != "of" {
			return "", -1
		}
		for h := rs; h < of; h++ {
			if isCap(s.toks[h]) && pluralRoleHead(s.toks[h]) {
				office := singularOffice(span(s.text, s.toks, h, of))
				if h > rs {
					office = span(s.text, s.toks, rs, h) + " " + office // "Foreign Minister"
				}
				return office, of
			}
		}
	}
	return "", -1
}

// stateItem reads tokens [e, t) as the next item of such a list, a state's
// name between commas (", Armenia,", ", and Armenia,"), and returns where
// it starts and the name as written, or -1.
func (s *passage) stateItem(e, t int) (int, string) {
	k := e
	if k < t && s.toks[k].text == "," {
		k++
	}
	if k < t && s.toks[k].key() == "and" {
		k++
	}
	for _, cm := range s.cms {
		if cm.tok == k && cm.end == t-1 && s.toks[t-1].text == "," {
			return k, span(s.text, s.toks, cm.tok, cm.end)
		}
	}
	return -1, ""
}

// stateBefore returns the country mention that ends right before token t,
// or across a comma ("Spain Jane Roe", "Peru, Jane Roe"), and its first
// token; -1 if there is none.
func (s *passage) stateBefore(t int) (int, string) {
	k := t
	if k > 0 && s.toks[k-1].text == "," {
		k--
	}
	for _, cm := range s.cms {
		if cm.end == k && cm.end > cm.tok {
			return cm.tok, span(s.text, s.toks, cm.tok, cm.end)
		}
	}
	return -1, ""
}

// lowerPluralOfState reads the opening of a list of states and their
// holders of one office, written in lower case in the plural, before the
// name at token t: "the foreign ministers of Spain Jane Roe", "the
// ministers of foreign affairs of Peru, Jane Roe". It returns the office in
// the singular ("foreign minister"), where the state starts and its name;
// "" if there is no such opening. The office's words are its plural head
// and the office words of the lexicon around it, at most four, after "the"
// or a possessive.
func (s *passage) lowerPluralOfState(t int) (string, int, string) {
	c, state := s.stateBefore(t)
	if c < 3 {
		return "", -1, ""
	}
	of := c - 1
	if s.toks[of].key() == "the" {
		of--
	}
	if of < 2 || s.toks[of].key() != "of" {
		return "", -1, ""
	}
	words := getLex().roleWords
	head, h := -1, of-1
	for ; h >= 0 && of-h <= 5; h-- {
		tok := s.toks[h]
		if !isLowerWord(tok) || s.owner[h] >= 0 {
			break
		}
		if head < 0 && pluralRoleHead(tok) {
			head = h
		} else if !words[fold(tok.text)] && tok.key() != "of" {
			break
		}
	}
	if head < 0 || h < 0 || !(s.toks[h].key() == "the" || isPossessive(s.toks[h]) || possessiveDeterminer(s.toks[h].key())) {
		return "", -1, ""
	}
	if s.toks[h+1].key() == "of" || s.toks[of-1].key() == "of" {
		return "", -1, "" // "of" only inside the office: "ministers of foreign affairs"
	}
	words2 := make([]string, 0, of-h-1)
	for k := h + 1; k < of; k++ {
		w := s.toks[k].text
		if k == head {
			w = singularWord(w)
		}
		words2 = append(words2, w)
	}
	return strings.Join(words2, " "), c, state
}

// nextStateHolder reads the next item of such a list before the name at
// token t, after the last name ending at token e: a separator (",", ";",
// "and", ", and", "; and") and a state, with or without a comma before the
// name. It returns where the state starts and its name, or -1.
func (s *passage) nextStateHolder(e, t int) (int, string) {
	c, state := s.stateBefore(t)
	if c < 0 || c <= e {
		return -1, ""
	}
	k := e
	if k < c && (s.toks[k].text == "," || s.toks[k].text == ";") {
		k++
	}
	if k < c && s.toks[k].key() == "and" {
		k++
	}
	if k != c || k == e {
		return -1, ""
	}
	return c, state
}

// lowerOfficeBefore reads an office written in lower case before a name
// across a comma: "the minister of education and culture of the Republic
// of Cyprus, Jane Roe", "CERN’s director-general, Jane Roe". The office
// opens with a lower-case head after "the" or a possessive and runs through
// words alone, at most ten of them, to the comma; not after another name
// and a comma, whose apposition it is. It returns its start and text, or
// -1.
func (s *passage) lowerOfficeBefore(t int) (int, string) {
	if t < 2 || s.toks[t-1].text != "," {
		return -1, ""
	}
	for h := t - 2; h >= 1 && t-1-h <= 10; h-- {
		if !s.toks[h].word || s.owner[h] >= 0 || clauseVerbs[s.toks[h].key()] && !officePreps[s.toks[h-1].key()] && s.toks[h-1].key() != "the" {
			return -1, "" // (a verb ends the office: "as the mayor of Delmar said yesterday, Jane Roe …")
		}
		if !isLowerRoleHead(s, h) {
			continue
		}
		p := h - 1
		for p > 0 && h-p <= 3 && isLowerWord(s.toks[p]) && getLex().roleWords[fold(s.toks[p].text)] {
			p-- // "Germany’s foreign minister, Jane Roe": office words before the head
		}
		for p > 0 && s.has(p, fCountry) && isCap(s.toks[p]) && s.toks[p].word {
			p-- // "her British counterpart, Jane Roe"
		}
		if !(s.toks[p].key() == "the" || isPossessive(s.toks[p]) || possessiveDeterminer(s.toks[p].key())) {
			continue // "prime" of "the prime minister"
		}
		h = p + 1
		if s.toks[p].key() == "the" && p >= 2 && s.toks[p-1].text == "," && (s.owner[p-2] >= 0 || s.has(p-2, fName)) {
			return -1, "" // "John Doe, the minister of finance, Jane Roe"
		}
		return h, span(s.text, s.toks, h, t-1)
	}
	return -1, ""
}

// clauseVerbs are verbs that make the words around them a clause, never
// an office's name: verbs of saying and the forms of "be" and "have"
// ("said" after a preposition or "the" is an adjective: "director of said
// institution").
var clauseVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "added": true, "noted": true, "wrote": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true}

// pluralOfficeBefore returns the office each name of a list holds when an
// office in the plural opens the list across a bracket, a dash, a colon
// or a comma: "the Co-Chairs of the OSCE Minsk Group (Jane Roe of France,
// …", "the Chairpersons of the two chambers—Jane Roe and John Doe—",
// "members of the Presidency, Jane Roe and John Doe". The office runs from
// its plural head to the mark, through words alone, at most eight of them;
// "" if there is none.
func (s *passage) pluralOfficeBefore(t int) string {
	if t < 2 {
		return ""
	}
	if m := s.toks[t-1]; !isDash(m) && m.text != "(" && m.text != ":" && m.text != "," {
		return ""
	}
	for h := t - 2; h >= 0 && t-1-h <= 8; h-- {
		tok := s.toks[h]
		if !tok.word || s.owner[h] >= 0 {
			return ""
		}
		if pluralRoleHead(tok) {
			if h > 0 && isCap(s.toks[h-1]) && s.toks[h-1].word && !s.has(h-1, fStop) {
				return "" // "Assistant U.S. Attorneys": pluralHead's, before the name
			}
			return singularOffice(span(s.text, s.toks, h, t-1))
		}
	}
	return ""
}

// personMentions finds the people in a passage. Mentions are numbered from
// base so that tokens can record their owner.
func (s *passage) personMentions(base int) []*pmention {
	var all []*pmention
	listRole, listEnd := "", -1     // an office in the plural and where its first name ends
	stateOffice, stateEnd := "", -1 // an office in the plural of several states ("Foreign Minister") and where its last name ends
	listStart := -1                 // and where that name starts
	lowOffice, lowEnd := "", -1     // such an office in lower case ("foreign minister") and where its last name ends
	kinEnd := -1                    // where the last name of a list of relatives ends
	for _, sp := range s.nameSpans() {
		i, j := sp[0], sp[1]
		if k := s.portfolioEnd(i, j); k > i {
			i = k // "Minister for Climate Change Simo Kilepa"
		}
		if s.inOtherName(i, j) {
			continue
		}
		tstart, i, title := s.peelTitle(i, j)
		// a name needs a word that is not an initial
		real := 0
		for k := i; k < j; k++ {
			if !isInitial(s.toks[k]) && (s.has(k, fName) || s.givenNamePart(k)) { // "Kim Yong-chol"
				real++
			}
		}
		if real == 0 || j-i == 1 && (pluralRoleHead(s.toks[i]) || s.officePlural(i)) {
			continue // no name, or an office in the plural: "Attorneys", "Attorney Generals"
		}
		if j-i == 1 && s.rankAbbrev(i) && s.titleInBracketsAt(j) {
			continue // a rank before a title in brackets: "Amb" of "H.E. Amb (Eng) Jane Roe"
		}
		m := &pmention{seg: s, start: i, end: j}
		// honorifics before the span's own ("His Excellency Dr. Jane
		// Roe") are the title too, unless they are an office
		if ts := s.titleBefore(tstart - 1); ts < tstart && (title == "" || !s.has(tstart-1, fRole)) {
			tstart = ts
			title = span(s.text, s.toks, tstart, i)
		}
		// ", Jr.", ", Sr."
		if j+1 < len(s.toks) && s.toks[j].text == "," && (s.toks[j+1].key() == "jr" || s.toks[j+1].key() == "sr") {
			j += 2
			m.end = j
		}
		m.name = span(s.text, s.toks, i, j)
		m.key = words(m.name)
		m.title = title
		rs, role := s.roleBefore(tstart-1, false)
		if a := s.nextItemOffice(all, rs, tstart); a > rs {
			rs, role = a, span(s.text, s.toks, a, tstart)
		}
		viaComma := false // the office stands before the name across a comma
		surfaceStart := tstart
		if hs := s.afterComma(rs); hs >= 1 && !strings.ContainsRune(role, ' ') {
			// "the Spokesperson of the Ministry of Foreign Affairs,
			// Ambassador Jane Roe": a one-word office next to the name
			// after another office and a comma is the rank she holds it
			// with, her title
			// (a body's head noun before the comma ends a body named
			// there, not an office, unless the office names its body
			// with "of": "the Secretary General of the Community, Amb.
			// Jane Roe"; a name before it holds it when only a comma comes between,
			// not when "and" opens the list's next item: "Jane Doe, and
			// the Agency’s Director-General, Ambassador Jane Roe")
			if cs, crole := s.roleBefore(hs-1, true); cs >= 0 && strings.ContainsRune(crole, ' ') && !pluralOffice(crole) && !pluralHead(crole) &&
				(!s.has(hs-2, fOrgHead) || strings.Contains(crole, " of ")) &&
				(s.ownerBefore(cs) < 0 || s.opensListItem(cs)) && !(cs >= 2 && s.toks[cs-1].text == "," && s.has(cs-2, fName)) {
				if title != "" {
					title = role + " " + title // "…, President Dr. Jane Roe"
				} else {
					title = role
				}
				if hs < rs {
					title = span(s.text, s.toks, hs, rs) + " " + title // "H.E. Ambassador"
				}
				role, rs = crole, cs
				m.title = title
				m.preComma = true
			}
		}
		if rs < 0 && stateOffice != "" {
			// "…, and Armenia, John Doe": the next state of such a list
			if k, state := s.stateItem(stateEnd, tstart); k >= 0 {
				rs, role = k, stateOffice+" of "+state
				stateEnd = j
			}
		}
		if (rs < 0 || pluralOffice(role)) && real >= 2 {
			// "the foreign ministers of Spain Jane Roe, Latvia John Doe",
			// "… of Peru, Jane Roe; Chile, John Doe": an office in lower
			// case in the plural, each state followed by its holder
			if office, k, state := s.lowerPluralOfState(tstart); office != "" {
				rs, role = k, office+" of "+state
				lowOffice, lowEnd = office, j
			} else if lowOffice != "" {
				if k, state := s.nextStateHolder(lowEnd, tstart); k >= 0 {
					rs, role = k, lowOffice+" of "+state
					lowEnd = j
				}
			}
		}
		if rs >= 0 {
			surfaceStart = rs
		} else {
			rs, role = s.roleBefore(tstart-1, true)
			viaComma = rs >= 0
			if rs >= 0 {
				// "Name, Role, Name": the office belongs to the name before.
				b := rs - 1
				for b >= 0 && s.has(b, fConn) {
					b--
				}
				prevOwner := -1
				if s.opensListItem(rs) {
					// "…, and Commissioner for Migration, Home Affairs and
					// Citizenship, Jane Roe": the office opens the list's next item
				} else if b >= 1 && s.toks[b].text == "," {
					prevOwner = s.owner[b-1]
					if prevOwner < 0 {
						// a name with no office yet before the comma holds
						// it too: "Jane Roe, Trade Representative and Vice
						// Minister, John Doe"
						for pi := range all {
							if all[pi].end == b && !s.placeAfterPrep(all[pi]) {
								prevOwner = base + pi
							}
						}
					}
				} else if b == rs-1 && b >= 0 {
					prevOwner = s.owner[b]
				}
				if prevOwner >= 0 && !(prevOwner-base < len(all) && all[prevOwner-base].preComma) {
					rs, role = -1, ""
				} else if rs >= 0 {
					m.preComma = true
				}
			}
		}
		if rs >= 0 && viaComma {
			// "the Foreign Ministers of Azerbaijan, Jane Roe, and Armenia,
			// John Doe": each state of an office in the plural is
			// followed by its holder
			if office, of := s.pluralOfState(rs, tstart-1); office != "" {
				role = office + " " + span(s.text, s.toks, of, tstart-1)
				stateOffice, stateEnd = office, j
			}
		}
		if rs < 0 && real >= 2 {
			// "the minister of education and culture of Cyprus, Jane Roe",
			// "her Comorian counterpart, His Excellency Jane Roe"
			if k, office := s.lowerOfficeBefore(tstart); k >= 0 {
				rs, role, viaComma = k, office, true
				m.preComma = true
			}
		}
		// "Presidents Biden and Erdogan": surnames alone in a list
		surnames := real == 1 && s.index >= 0 && s.nameListGoesOn(j) && tstart > 0 &&
			isCap(s.toks[tstart-1]) && pluralOffice(s.toks[tstart-1].text)
		fromList := false
		if rs < 0 && title == "" && tstart > 0 && s.index >= 0 && real >= 2 {
			// "Sens. Jane Roe (R-Maine) and John Doe (D-Mont.)": the
			// plural of an honorific's abbreviation opens a list of
			// holders of its office
			if office := pluralTitleOffice(s.toks[tstart-1]); office != "" {
				// with the country's words before it: "U.S. Sens."
				rs = s.qualifiersBefore(tstart-1, 0)
				if rs < tstart-1 {
					office = span(s.text, s.toks, rs, tstart-1) + " " + office
				}
				role = office
				listRole, listEnd = office, s.ofCountryEnd(j)
				surfaceStart = rs
			}
		}
		if rs >= 0 && pluralOffice(role) {
			if s.index >= 0 && (real >= 2 || surnames) && !viaComma && !strings.ContainsRune(role, ' ') {
				// "Ministers Sunil Handunnetti and Wasantha Samarasinghe":
				// each holds the office in the singular
				role = singularOffice(role)
				listRole, listEnd = role, s.ofCountryEnd(j)
			} else {
				// "Ministers Sign Trade Pact": in a headline, an office in the
				// plural is not held by the capitalised words after it
				rs, role = -1, ""
			}
		} else if rs >= 0 && pluralHead(role) {
			if s.index >= 0 && real >= 2 && !viaComma {
				// "Assistant U.S. Attorneys Jane Roe and John Doe", "MPs
				// Jane Roe and John Doe": each holds the office in the
				// singular
				role = singularHead(role)
				listRole, listEnd = role, s.ofCountryEnd(j)
			} else {
				rs, role = -1, ""
			}
		} else if rs < 0 && listRole != "" && s.listNext(listEnd, i) && (real >= 2 || real == 1 && j-i >= 2 || listEnd-listStart == 1) {
			// the next name of such a list; a surname alone lets the one
			// after it be a surname alone too
			rs, role = i, listRole
			listStart, listEnd = i, s.ofCountryEnd(j)
			fromList = true
		}
		if rs < 0 && title == "" && real >= 2 && s.index >= 0 {
			// "the Chairpersons of the two chambers—Jane Roe and John Doe—":
			// an office in the plural across a mark opens a list of names
			if office := s.pluralOfficeBefore(tstart); office != "" && s.nameListGoesOn(s.ofCountryEnd(j)) {
				rs, role = i, office
				listRole, listEnd = office, s.ofCountryEnd(j)
				fromList = true
			}
		}
		if rs >= 0 && listRole != "" && listEnd == s.ofCountryEnd(j) && !fromList {
			listStart = i
		}
		if rs >= 0 {
			if j-i == 1 && !fusedInitials(s.toks[i]) && !s.has(tstart-1, fRole) && title == "" && !fromList && !(surnames && listRole != "") {
				// "… for Marine Aids to Navigation": a lone capitalised word
				// after a complement is not a name.
				rs, role = -1, ""
			} else if title == "" && s.namesThing(i, j, tstart) {
				rs, role = -1, ""
			}
		}
		if rs >= 0 {
			for k := rs; k < tstart; k++ {
				s.roleOf[k] = true
			}
			// "Mexico’s Secretary of Security": the possessor is the country
			if rs >= 2 && isPossessive(s.toks[rs-1]) {
				if cs := s.countriesIn(rs-2, rs-1); len(cs) > 0 {
					m.country = cs[0]
				}
			}
		}
		if rs < 0 && title == "" && s.index >= 0 && (s.kinBefore(tstart) || s.kinAfter(j) || kinEnd >= 0 && s.listNext(kinEnd, i)) {
			// "his wife, Jane", "their three daughters Ann, Tina and
			// Jane", "To Jane, his wife of 55 years": a relative is a
			// person even when named by a given name alone
			m.kin = true
			kinEnd = j
		}
		m.role = role
		m.strong = m.title != "" || m.role != "" || m.kin
		if s.partyBracketEnd(m.end) > m.end && (m.strong || real >= 2) {
			// "Jon Tester (D-Mont.)": a legislator of the United States,
			// named so only there
			m.strong = true
			if m.country == "" {
				m.country = "United States"
			}
		}
		m.surface = span(s.text, s.toks, surfaceStart, m.end)
		m.real = real
		m.surfaceStart = min(surfaceStart, tstart)
		all = append(all, m)
		if m.strong {
			s.consume(m, base+len(all)-1)
		}
	}
	// offices in apposition, once all names with a title or an office
	// before them are known
	for id, m := range all {
		if !m.strong && m.real < 2 || s.placeAfterPrep(m) {
			continue
		}
		if st, end, role := s.roleAfter(m.end); st >= 0 && !pluralOffice(role) && !pluralLead(role) && !(m.role != "" && (s.introducesNext(end) || s.endsInName(st, end))) {
			// "YODAK President Turgay Avci, former Foreign Minister":
			// an office held before does not replace the one stated
			if len(role) > len(m.role) && !s.tenureAt(st) || m.role == "" {
				m.role = role
			}
			if m.country == "" && st >= 2 && isPossessive(s.toks[st-1]) {
				for _, c := range s.cms {
					if c.end == st-1 {
						m.country = c.name // "…, Iraq’s Minister of Planning"
					}
				}
			}
			for k := st; k < end; k++ {
				if s.toks[k].text == "," && s.unknownBodyPart(k+1, end) {
					// ", New Harbour Workers Council": a body whose name
					// holds words the lexicons know as nothing of an
					// office's is left to the organisation rules, as if
					// named alone
					break
				}
				s.roleOf[k] = true
				if s.owner[k] < 0 {
					s.owner[k] = base + id
				}
			}
			if !m.strong {
				m.strong = true
				s.consume(m, base+id)
			}
		}
		if m.role != "" && !m.preComma && !strings.Contains(m.role, ",") {
			// "Political Director Jane Roe, Slovenian Ministry of Foreign
			// Affairs, and …": the body the office belongs to, after a
			// comma (two at most: ", Bureau of …, U.S. Department of State")
			for e, n := m.end, 0; n < 2; n++ {
				st, end := s.bodyAfter(e)
				if st < 0 {
					break
				}
				m.role += ", " + span(s.text, s.toks, st, end)
				for k := st; k < end; k++ {
					s.roleOf[k] = true
				}
				e = end
			}
		}
		if m.role != "" && !m.preComma && !strings.Contains(m.role, ",") || m.role == "" && s.partyBracketEnd(m.end) > m.end {
			// "U.S. Senator Jane Roe (R-Idaho), ranking member of the
			// Senate Foreign Relations Committee": an office in lower case
			// in apposition, in a body, says which seat she holds
			if e := s.pastBracket(m.end, 6); e+1 < len(s.toks) && isLowerWord(s.toks[e+1]) {
				if low := s.lowerRoleAfter(e); strings.Contains(low, " of ") {
					if m.role != "" {
						m.role += ", " + low
					} else {
						m.role = low
					}
				}
			}
		}
		if !m.strong && m.real >= 2 {
			// "Jane Q. Roe, technology transfer manager at the
			// university": an office in lower case in apposition, held in
			// a body, makes the name a person's
			said := m.surfaceStart > 0 && sayingVerbs[s.toks[m.surfaceStart-1].key()]
			if low := s.officeInBodyAfter(m.end, said); low != "" {
				m.role, m.strong = low, true
				s.consume(m, base+id)
			}
		}
		if rank := bareOfficeWord(m.role) && !m.preComma; m.role == "" && (m.strong || m.real >= 2) || rank {
			// "Ms Jane Roe has been appointed British High Commissioner to
			// …", "Jane Roe (Germany) will serve as Special Representative
			// on …": an office given by the verb makes a name with no
			// title a person too; it replaces a rank of one word held
			// before ("Ambassador Jane Roe has been appointed Special
			// Envoy …", "Jane Roe MP has been reappointed as Secretary of
			// State …"), which stays her title; in a title or a heading
			// only a participle after the name gives it ("Jane Roe
			// appointed Chair of …")
			st, end, role := s.appointedAs(m.end)
			served := st >= 0 && s.servedAs(m.end)
			sentence := m.strong || s.index >= 0
			if st < 0 {
				// the noun of the giving says it in a title too: "Agency
				// welcomes appointment of Jane Roe as Special Envoy …"
				st, end, role = s.appointmentOf(m.surfaceStart, m.end)
			}
			if st < 0 && sentence {
				st, end, role = s.onAppointmentAs(m.end)
			}
			if st < 0 && sentence && !rank {
				st, end, role = s.nomineeOffice(m.end)
			}
			if st < 0 && sentence && !rank && (m.strong || m.surfaceStart == 0 || !isCap(s.toks[m.surfaceStart-1])) {
				// not a name cut from a longer run of capitals: "Naval
				// Air Facility Atsugi as Chief of …" names no person
				st, end, role = s.officeAs(m.end)
			}
			if st >= 0 {
				if rank && m.role != "" && !s.postNominal(m.end) {
					m.title = strings.TrimSpace(m.title + " " + m.role)
				}
				s.giveOffice(m, st, end, role, served, base+id)
			}
		}
		if m.role == "" && m.title != "" {
			// "Dr. Ioannis Daglis, president of the Hellenic Space
			// Center": an office in lower case, as runs of name words
			// take it (spanPersons)
			m.role = s.lowerRoleAfter(m.end)
		} else if bareOfficeWord(m.role) && !m.preComma {
			// "Ambassador Jane Roe, the U.S. ambassador to Chile",
			// "Ambassador Jane Roe, the outgoing Chair": a rank of one
			// word before the name says less than the office in
			// apposition after it
			if low := s.lowerRoleAfter(m.end); low != "" {
				m.role = low
			}
		}
		if m.role == "" && (m.strong || m.real >= 2 && s.index >= 0) {
			// "the Commission, chaired by Jane Roe": the chair of that
			// body, unless an office is stated with the name here or
			// elsewhere (the annotation writes the office then)
			if office := s.chairedBy(m.surfaceStart); office != "" {
				m.role, m.borrowed = office, true
				if !m.strong {
					m.strong = true
					s.consume(m, base+id)
				}
			}
		}
		if m.role == "" && (m.strong || m.real >= 2 && s.index >= 0) {
			// "Jane Roe … during his eventful years as the Minister of
			// Petroleum", "welcome Jane Roe to her new role as
			// Solicitor General": the office the text gives her by a
			// pronoun, unless one is stated with the name (borrowed)
			if st, end, office := s.possessiveTenureAs(m); st >= 0 {
				s.giveOffice(m, st, end, office, true, base+id)
			}
		}
		if m.country == "" {
			m.country = s.countryAfter(m.end)
		}
		if m.role != "" && !m.preComma && !strings.Contains(m.role, " of ") {
			// "President Xi Jinping of the People’s Republic of China":
			// the office is the President of that country
			if of := s.ofCountryAfter(m.end); of != "" {
				m.role += " " + of
			} else if end := s.ofBodyEnd(m.end); end > m.end {
				// "Chairman Jon Leibowitz of the FTC", "Secretary General
				// Luis Almagro of the Organization of American States":
				// the office is held in that body
				m.role += " " + span(s.text, s.toks, m.end, end)
			}
		}
	}
	// "Estonian Foreign Minister Jane Roe met his Vietnamese counterpart
	// John Doe": a counterpart holds the office of the person before him
	// in the passage, for his own country
	last := "" // the last office stated before, not a counterpart's
	for _, m := range all {
		if !counterpartOnly(m.role) {
			if m.role != "" && !m.borrowed {
				last = m.role
			}
			continue
		}
		phrase := m.role
		if k := m.surfaceStart; k > 0 && !strings.ContainsRune(phrase, ' ') && s.has(k-1, fCountry) && s.toks[k-1].word {
			phrase = s.toks[k-1].text + " " + phrase // "Vietnamese counterpart"
		}
		if last == "" {
			continue
		}
		if office := bareOffice(last); office != "" {
			m.role, m.borrowed = office+", "+phrase, true
		}
	}
	var out []*pmention
	for _, m := range all {
		if m.strong {
			out = append(out, m)
		}
	}
	return out
}

// officeInBodyAfter returns an office in lower case in apposition after a
// name ending at token e that says where it is held: ", technology
// transfer manager at the university", ", the director of the research
// office", ", U.S. ambassador to Uruguay", ", deputy assistant secretary,
// Department of State". Its words up to the preposition (or the comma)
// are lower case or a country's, the last of them an office's head; the
// body or place after the preposition runs to the clause's end, at most
// maxBodyWords words. said is a verb of saying before the name. It
// returns "" if there is none.
func (s *passage) officeInBodyAfter(e int, said bool) string {
	e = s.pastLetters(e) // "Jane Roe, Ph.D., deputy director of …"
	if e >= len(s.toks) || s.toks[e].text != "," {
		return ""
	}
	k := e + 1
	if k < len(s.toks) {
		switch s.toks[k].key() {
		case "a", "an", "the":
			k++
		}
	}
	head := false
	for ; k < len(s.toks) && k < e+7; k++ {
		if heldInPreps[s.toks[k].key()] || s.toks[k].text == "," {
			break
		}
		if !isLowerWord(s.toks[k]) && !s.has(k, fCountry) {
			return ""
		}
		head = isLowerRoleHead(s, k)
	}
	if head && k < len(s.toks) && s.toks[k].text == "," {
		// the body after a comma: ", deputy assistant secretary,
		// Department of State"
		if _, end := s.bodyAfter(k); end > 0 {
			return span(s.text, s.toks, e+1, end)
		}
		return ""
	}
	if !head || k >= len(s.toks) || !heldInPreps[s.toks[k].key()] {
		return ""
	}
	m, lower := k+1, 0
	for m < len(s.toks) && m <= k+maxBodyWords && (s.toks[m].word || isPossessive(s.toks[m]) || s.toks[m].text == "&" || s.toks[m].text == "-" || s.toks[m].text == "’") {
		if isLowerWord(s.toks[m]) && !s.has(m, fConn) {
			lower++
		}
		m++
	}
	// a body named in lower case is a noun or two ("at the university",
	// "of the research office"); more words are a clause's
	if m == k+1 || m > k+maxBodyWords || lower > 2 {
		return ""
	}
	if m < len(s.toks) {
		switch end := s.toks[m].text; {
		case end == "." && lower > 0 && !said:
			// "With the passing of Jane Roe, the director of the museum
			// will retire.": words in lower case up to the sentence's
			// end may be its clause, unless a verb of saying introduced
			// the name ("…,” said Jane Roe, manager at the university.")
			return ""
		case !strings.Contains(",.;:()", end):
			return "" // the clause goes on: no apposition
		}
	}
	return span(s.text, s.toks, e+1, m)
}

// heldInPreps say where an office in lower case is held: "director of",
// "administrator for", "manager at", "ambassador to".
var heldInPreps = map[string]bool{"of": true, "for": true, "at": true, "to": true}

// maxBodyWords bounds the words of the body an office in lower case is
// held in.
const maxBodyWords = 12

// counterpartOnly reports an office that is "counterpart" alone, perhaps
// with the country's adjective: "counterpart", "British counterpart".
func counterpartOnly(role string) bool {
	ws := strings.Fields(role)
	return len(ws) > 0 && len(ws) <= 2 && strings.EqualFold(ws[len(ws)-1], "counterpart")
}

// bareOffice returns an office without the country that holds it:
// "Estonian Foreign Minister" → "Foreign Minister", "Minister of Foreign
// Affairs of Lithuania" → "Minister of Foreign Affairs"; or "" if no
// office head is left.
func bareOffice(role string) string {
	p := newPassage(role, 0)
	i, e := 0, len(p.toks)
	for i < e && (p.has(i, fCountry) && !p.has(i, fRole) || isPossessive(p.toks[i])) {
		i++
	}
	for k := i + 1; k < e; k++ {
		if p.toks[k].key() == "of" && p.ofCountryEnd(k) == e {
			e = k
			break
		}
	}
	if i >= e || !p.hasRole(i, e) {
		return ""
	}
	return span(p.text, p.toks, i, e)
}

// namesThing reports capitalised words [i, j) after an office (ending at
// token t-1) that name a thing, not its holder: words ending in a body's
// head noun (in the singular or the plural), an event or a geographic
// noun, or followed by one ("… for Western Hemisphere Programs", "Visa
// Waiver Program"); or words after a plural possessive, which owns them
// ("ASEAN Foreign Ministers’ Retreat").
func (s *passage) namesThing(i, j, t int) bool {
	if thingWord(s.toks[j-1].key()) || j < len(s.toks) && isCap(s.toks[j]) && thingWord(s.toks[j].key()) {
		return true
	}
	if t < 1 {
		return false
	}
	p := s.toks[t-1].text
	return strings.HasSuffix(p, "s’") || strings.HasSuffix(p, "s'")
}

// thingWord reports a folded word that is a body's head noun (or its
// plural), an event noun or a geographic noun of the lexicons; not the
// plural of an event noun, which is also a surname ("Sessions").
func thingWord(w string) bool {
	l := getLex()
	if l.eventNouns[w] || l.geoNouns[w] {
		return true
	}
	for _, f := range []string{w, strings.TrimSuffix(w, "s")} {
		if l.orgHeads[f] || l.orgWeak[f] {
			return true
		}
	}
	return false
}

// portfolioEnd returns where the name starts in a run of capitalised
// words [i, j) that continues an office's portfolio ("Minister for
// Climate Change Simo Kilepa", "Leader of the Opposition Sajith
// Premadasa", the last of a list: "Minister of Immigration, Refugees and
// Citizenship John Roe"): at the first common given name after the run's first word
// (or a family name written first, two words at most before the run's end:
// "… Development Le Minh Hoan"), or else at its last two words. It returns i when the run is no such
// thing: shorter than three words, or with no office just before it.
func (s *passage) portfolioEnd(i, j int) int {
	if j-i < 3 || i < 2 || s.startsPerson(i) || givenNames()[s.toks[i].key()] || j-i == 3 && getLex().familyFirst[s.toks[i].key()] {
		return i
	}
	if f := s.toks[i-1].key(); f != "of" && f != "for" && f != "the" && f != "and" && f != "&" && !(s.has(i-1, fWord) && isCap(s.toks[i-1]) && !s.has(i-1, fRole)) {
		return i // not after an office's head ("Chairperson Moussa Faki Mahamat") nor in a list
	}
	if i >= 3 && s.toks[i-1].key() == "and" && s.toks[i-2].text == "," && s.has(i-3, fRole) {
		return i // "…, Diplomatic Advisor to the President, and Khalifa Shaheen Al Marar": a list of persons
	}
	office := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s.has(k, fRole) {
			office = true
			break
		}
		if t := s.toks[k]; !t.word && t.text != "," && t.text != "&" {
			break
		}
	}
	if !office {
		return i
	}
	if j+1 < len(s.toks) && (s.toks[j].key() == "and" || s.toks[j].text == "&" || s.toks[j].text == ",") &&
		isCap(s.toks[j+1]) && !s.has(j+1, fRole) && !s.startsPerson(j+1) {
		return i // the portfolio goes on: "for Korean Peninsula Peace and Security Affairs"
	}
	for k := i + 1; k < j-1; k++ {
		if givenNames()[s.toks[k].key()] || j-k <= 3 && getLex().familyFirst[s.toks[k].key()] {
			return k // "… Rural Development Le Minh Hoan": a family name written first
		}
	}
	if isInitial(s.toks[j-2]) || s.has(j-2, fName) && !s.has(j-1, fName) {
		return i
	}
	// a particle opens no name: "… Mineral Resources Suhail Al Mazrouei",
	// "… Mohammed bin Rashid Al Maktoum": the name starts a word before it
	particle := func(k int) bool { return getLex().particles[s.toks[k].key()] }
	k := j - 2
	if particle(k) {
		// back over the particles and the name words they join: "van
		// den Hoek", "bin Rashid Al Maktoum"
		for k > i && (particle(k) || particle(k-1)) {
			k--
		}
	}
	return k
}

// introducesNext reports whether the office that ends before token k is
// followed by ", " and another person ("…, Mr. Sunil Handunnetti, Chairman
// of the Authority, Mr. Naveen Sooriyarachchi"): in such a list each office
// comes before its holder.
func (s *passage) introducesNext(k int) bool {
	return k+1 < len(s.toks) && s.toks[k].text == "," && (s.startsPerson(k+1) || s.has(k+1, fName) && isCap(s.toks[k+1]))
}

// inOtherName reports whether the capitalised words [i, j), with no
// honorific before them, belong to the name of something else: a portfolio
// ("Undersecretary of Human Rights", "Ministry of Panchayati Raj"), a body
// ("Official Languages Commission") or an office ("Chief Election
// Commissioner").
func (s *passage) inOtherName(i, j int) bool {
	if n, _ := getLex().honorifics.match(s.toks, i); n > 0 {
		return false // "Minister of State Dr. …" keeps its name
	}
	switch {
	case i >= 2 && ofOrFor(s.toks[i-1].key()) && (s.has(i-2, fRole|fOrgHead) || isCap(s.toks[i-2])):
		return !appointmentNouns[s.toks[i-2].key()] // but "Nomination of Jane Roe, of Texas, to be …"
	case i >= 3 && s.toks[i-1].key() == "the" && ofOrFor(s.toks[i-2].key()) && (s.has(i-3, fRole|fOrgHead) || isLowerRoleHead(s, i-3)):
		return true // "member of the Artemis Accords"
	case j < len(s.toks) && s.has(j, fOrgHead):
		return true
	case j-i == 1 && s.has(j, fRole) && s.has(i-1, fRole):
		return true
	case s.acronymTail(i, j):
		return true
	}
	return false
}

// acronymTail reports a run of name words [i, j) that ends a body's name
// its acronym in brackets right after spells out from a word before the
// run: "Exporting Countries" of "Secretary General of the Organisation of
// Petroleum Exporting Countries (OPEC)", where the words the lexicon knows
// ("Petroleum") ended the office's words and left the rest a name.
func (s *passage) acronymTail(i, j int) bool {
	if j+2 >= len(s.toks) || s.toks[j].text != "(" {
		return false
	}
	st := s.spelledOut(j + 2)
	return st >= 0 && st < i
}

// giveOffice gives mention m the office read at tokens [st, end), which
// no other name may take then, and makes m a person's mention (id its
// candidate) if it was not one yet.
func (s *passage) giveOffice(m *pmention, st, end int, office string, borrowed bool, id int) {
	m.role, m.borrowed = office, borrowed
	for k := st; k < end; k++ {
		s.roleOf[k] = true
	}
	if !m.strong {
		m.strong = true
		s.consume(m, id)
	}
}

// consume marks a mention's tokens as taken.
func (s *passage) consume(m *pmention, id int) {
	for k := m.surfaceStart; k < m.end; k++ {
		if s.owner[k] < 0 {
			s.owner[k] = id
		}
	}
}

// portfolios reports whether tokens [i, j) are capitalised words that are
// no country and no name of a body, the first of a list of portfolios that
// an office after them holds: "Union Commerce and Industry Minister", but
// not "Republic of Korea and Prime Minister".
func (s *passage) portfolios(i, j int) bool {
	for k := i; k < j; k++ {
		if !s.toks[k].word || !isCap(s.toks[k]) || s.has(k, fCountry|fOrgHead) {
			return false
		}
	}
	return j > i
}

// nameListGoesOn reports ", " or "and" and a name word at token j.
func (s *passage) nameListGoesOn(j int) bool {
	j = s.pastBracket(j, 6)
	if j+1 >= len(s.toks) {
		return false
	}
	f := s.toks[j].key()
	return (f == "and" || f == ",") && s.has(j+1, fName) && isCap(s.toks[j+1])
}

// listNext reports that tokens [end, i) join two names of a list: ",",
// "and", ", and".
func (s *passage) listNext(end, i int) bool {
	end = s.pastBracket(end, 6)
	if i <= end || i-end > 2 {
		return false
	}
	for k := end; k < i; k++ {
		if f := s.toks[k].key(); f != "and" && f != "," {
			return false
		}
	}
	return true
}

// pastBracket returns the token after a bracket that opens at k and
// closes at most within tokens later ("(virtually)", a party and state
// after a legislator's name: "Bill Keating (D-MA)"), or k.
func (s *passage) pastBracket(k, within int) int {
	if k >= len(s.toks) || s.toks[k].text != "(" {
		return k
	}
	for m := k + 1; m < len(s.toks) && m-k <= within; m++ {
		if s.toks[m].text == ")" {
			return m + 1
		}
	}
	return k
}

// partyBracketEnd returns the token after a bracket at k that holds a
// legislator's party and state, or state and district, as United States
// releases write them after the name: "(R-Maine)", "(D-Calif.)",
// "(I-W.Va.)", "(D-NY-12)", "(NJ-11)"; or k. Such a bracket says the name
// before it is a person's, even when its last word is also an office
// ("Angus King (I-Maine)").
func (s *passage) partyBracketEnd(k int) int {
	e := s.pastBracket(k, 8)
	if e == k || !partyStateRE.MatchString(s.text[s.toks[k].end:s.toks[e-1].start]) {
		return k
	}
	return e
}

// partyStateRE is the inside of a party-and-state bracket: a party's
// letter, a hyphen or dash, a state of the United States (its postal
// code, its abbreviation in news style or its name), perhaps a district's
// number; or a postal code and a district's number. The states are named
// so that a bracket of another kind after a name ("Operation Overlord
// (D-Day)") is not read as a party's.
var partyStateRE = lazyre.New(`^\s*(?:(?:[DRI]|ID|DFL|Ind|Dem|Rep)\.?\s?[-–‑]\s?(?:` + usStatePattern + `)\.?(?:\s?[-–‑,]\s?(?:\d{1,2}(?:st|nd|rd|th)?|AL))?|[A-Z]{2}[-–‑](?:\d{1,2}|AL))\s*$`)

// usStatePattern matches a state, district or territory of the United
// States: a postal code ("ME", "NY"), an abbreviation in news style
// ("Calif.", "W.Va.", "N.Y.", the full stops optional) or a name
// ("Maine", "New Hampshire").
const usStatePattern = `[A-Z]{2}|` +
	`Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|` +
	`N\.?\s?[CDHJMY]|S\.?\s?[CD]|W\.?\s?Va|R\.?\s?I|D\.?\s?C|P\.?\s?R|` +
	`Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|Guam`

// pluralTitleOffice returns the office, in the singular, that a token
// writing the plural of an honorific's abbreviation stands for: "Sens."
// (Senators), "Reps." (Representatives); or "".
func pluralTitleOffice(t token) string {
	stem, ok := strings.CutSuffix(strings.TrimSuffix(t.text, "."), "s")
	if !ok || len(stem) < 2 || !isCap(t) {
		return ""
	}
	if n, _ := getLex().honorifics.matchWord(stem); n == 0 {
		return ""
	}
	return abbreviatedOffice(stem)
}

// abbreviatedOffice returns the one-word office whose first letters an
// abbreviation is ("Sen" of "Senator", "Rep" of "Representative", "Gov"
// of "Governor"), when the lexicon's offices leave one choice; or "".
func abbreviatedOffice(abbr string) string {
	if len(abbr) < 2 || len(abbr) > maxOfficeAbbrev {
		return ""
	}
	return officeAbbreviations()[fold(abbr)]
}

// abbreviatedRole reports a token at i that abbreviates a one-word office
// with a full stop before a capitalised word, as headlines do: "French
// Pres. Jane Roe", "Gov. John Doe". An honorific's abbreviation stays a
// title ("Sen.", "Adm.").
func abbreviatedRole(toks []token, i int) bool {
	t := toks[i]
	stem, ok := strings.CutSuffix(t.text, ".")
	// (three letters at least, and no month's: "No.", "Am.", "Mar.")
	if !ok || len(stem) < 3 || i+1 >= len(toks) || !isCap(toks[i+1]) || getLex().stopCaps[fold(stem)] || monthNames()[fold(stem)] || abbreviatedOffice(stem) == "" {
		return false
	}
	n, _ := getLex().honorifics.match(toks, i)
	return n == 0
}

// maxOfficeAbbrev is the length of the longest abbreviation of an office.
const maxOfficeAbbrev = 5

// officeAbbreviations maps the first two to five letters of every one-word
// office head to it, where the shortest such head begins all the others
// ("Sec" of "Secretary" and "Secretary-General"), else to "".
var officeAbbreviations = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for key, head := range getLex().roleHeads.value {
		if strings.ContainsRune(key, ' ') {
			continue
		}
		for n := 2; n <= maxOfficeAbbrev && n < len(key); n++ {
			p := key[:n]
			old, seen := m[p]
			switch {
			case !seen:
				m[p] = head
			case old == "":
			case strings.HasPrefix(fold(head), fold(old)):
			case strings.HasPrefix(fold(old), fold(head)):
				m[p] = head
			default:
				m[p] = ""
			}
		}
	}
	return m
})

// pluralRoleHead reports a capitalised plural whose singular is a one-word
// office: "Attorneys", "MPs", "Ambassadors".
func pluralRoleHead(t token) bool {
	w, ok := strings.CutSuffix(t.text, "s")
	if !ok || len(w) < 2 || strings.HasSuffix(w, "s") {
		return false
	}
	_, head := getLex().roleHeads.value[fold(singularWord(t.text))]
	// "Minister-Presidents"
	return head || strings.ContainsRune(w, '-') && hyphenatedOffice(token{text: singularWord(t.text), word: true})
}

// singularWord is an English plural's singular: "Ministers" → "Minister",
// "Secretaries" → "Secretary" (a plural in "-ies" of a word in "-y").
func singularWord(w string) string {
	if b, ok := strings.CutSuffix(w, "ies"); ok && len(b) >= 3 {
		return b + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// pluralHead reports an office of several words whose last word is a
// plural office: "Assistant U.S. Attorneys". A plural after "of" ends the
// name of the body the office is held in, not the office's head: "Speaker
// of the House of Representatives", "Chair of the Board of Directors".
func pluralHead(role string) bool {
	i := strings.LastIndexByte(role, ' ')
	return i > 0 && pluralRoleHead(token{text: role[i+1:], word: true}) && !strings.Contains(role[:i+1], " of ")
}

// pluralLead reports an office with a plural office word before its
// first preposition: "the Interior Ministers of the U.K., France and
// Spain" in apposition after a name is the office of others, listed next
// (but "Chairman of the Joint Chiefs of Staff" is one holder's).
func pluralLead(role string) bool {
	lead := role
	for _, p := range []string{" of ", " for ", " to ", " at ", " in "} {
		if i := strings.Index(lead, p); i >= 0 {
			lead = lead[:i]
		}
	}
	for _, w := range strings.Fields(lead) {
		if pluralRoleHead(token{text: w, word: true}) {
			return true
		}
	}
	return false
}

// singularHead is the office of one holder of such an office: "Assistant
// U.S. Attorney".
func singularHead(role string) string {
	i := strings.LastIndexByte(role, ' ')
	return role[:i+1] + singularWord(role[i+1:])
}

// singularOffice is the office of one holder of a plural office:
// "Ministers" → "Minister".
func singularOffice(role string) string {
	first, rest, _ := strings.Cut(role, " ")
	first = singularWord(first)
	if rest == "" {
		return first
	}
	return first + " " + rest
}

// pluralOffice reports an office whose first word is a plural whose singular is
// also an office: "Ministers", "Presidents".
func pluralOffice(role string) bool {
	first, _, _ := strings.Cut(role, " ") // "members of the … Chapter"
	if !strings.HasSuffix(first, "s") {
		return false
	}
	heads := getLex().roleHeads.value
	_, singular := heads[fold(singularWord(first))]
	return singular || strings.ContainsRune(first, '-') && pluralRoleHead(token{text: first, word: true}) // "Minister-Presidents"
}

// bareOfficeWord reports an office of one word with nothing of where it
// is held ("Ambassador", "Senator"): a rank, which an office stated in
// full elsewhere for the same person replaces.
func bareOfficeWord(role string) bool {
	return role != "" && !strings.ContainsAny(role, " ,")
}

// placeAfterPrep reports a mention with no title or office of its own
// after a locative preposition: "held in Mandeville, Permanent Secretary
// in the Ministry, Jane Roe, said": such a run of capitalised words is a
// place (locativePreps), and an office after it is the next name's.
func (s *passage) placeAfterPrep(m *pmention) bool {
	k := m.surfaceStart - 1
	return !m.strong && k >= 0 && locativePreps[s.toks[k].key()]
}
