package briefing

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// omention is one mention of an organisation in a passage.
type omention struct {
	name      string
	acronym   string // defined right after the name: "(IMF)"
	alias     string // another form of the name
	ofCountry bool   // alias is name with its country's complement: "Ministry of Health of Sri Lanka"
	start     int    // token range
	end       int
	inRole    bool // lies inside a person's office
	known     bool // from the lexicon of well-known bodies
	short     bool // a short form or lone acronym referring to a body
	definite  bool // defined with an acronym
	nameOnly  bool // only part of an event's name: "NATO Summit"

	// gazetteer: its name is in the generated gazetteer of well-known
	// bodies (orgs_known.go); gazOnly: only the gazetteer proposed it
	gazetteer, gazOnly bool
}

// isOrgWord reports a capitalised word that can be part of a body's name.
func (s *passage) isOrgWord(k int) bool {
	t := s.toks[k]
	if !t.word || !(isCap(t) || isAcronym(t) || unicode.IsDigit([]rune(t.text)[0])) {
		return false
	}
	if s.owner[k] >= 0 && !s.roleOf[k] {
		return false // a person's name or title
	}
	if isOrdinal(t.text) || isYear(t.text) || capPreps[t.key()] || participleCompound(t.text) {
		return false // "2003 Cabinet Office", "Strategy Unit 2000": a date
	}
	return s.flags[k]&fStop == 0 || s.has(k, fOrgHead) || s.placeGoesOn(k)
}

// placeGoesOn reports a place's word at k that the next word continues:
// "New" of "New York", "New Brunswick", "New Zealand", which can open a
// body's name although "New" alone does not.
func (s *passage) placeGoesOn(k int) bool {
	return k+1 < len(s.toks) && s.has(k, fCountry|fCity) && s.has(k+1, fCountry|fCity)
}

// participleCompound reports a word like "INL-funded" or "UN-led": a
// modifier before a body's name, not a part of it.
func participleCompound(w string) bool {
	i := strings.LastIndexAny(w, "-‐")
	if i < 0 {
		return false
	}
	rest := w[i+1:]
	if i+1 < len(w) && w[i] != '-' {
		rest = w[i+len("‐"):]
	}
	return len(rest) > 2 && strings.HasSuffix(rest, "ed") && strings.ToLower(rest) == rest
}

// capPreps are prepositions that open a heading or a sentence with a
// capital but never stand inside a body's name: "About Zonit", "Through
// this partnership".
var capPreps = map[string]bool{"about": true, "through": true, "with": true, "from": true, "into": true, "via": true,
	"including": true, "regarding": true, "following": true, "using": true, "utilizing": true, "utilising": true}

// isYear reports a year of the last two centuries, "1994", "2030".
func isYear(w string) bool {
	return len(w) == 4 && vocab.IsDigits(w) && (w[:2] == "19" || w[:2] == "20")
}

// titleCase reports a passage written in title case (a headline), where
// capitals do not mark names.
func (s *passage) titleCase() bool { return s.index < 0 && !s.prose && isHeadline(s.toks) }

// roleModifier words end a body's name: "Department of Justice Senior Counsel".
func (s *passage) roleModifier(k int) bool {
	if s.has(k, fRole) {
		return true
	}
	return getLex().roleModifiers[s.toks[k].key()]
}

// orgMentions finds bodies named in the passage.
func (s *passage) orgMentions() []*omention {
	l := getLex()
	var out []*omention
	covered := make([]bool, len(s.toks))
	add := func(m *omention) {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
		inRole := true
		for k := m.start; k < m.end; k++ {
			if !s.roleOf[k] {
				inRole = false
			}
		}
		m.inRole = inRole
		out = append(out, m)
	}
	// 1. acronym definitions: "International Monetary Fund (IMF)"
	for i := 1; i+2 < len(s.toks); i++ {
		acr, close := s.bracketAcronym(i)
		if close < 0 {
			continue
		}
		st := s.expansionStart(i)
		if st < 0 {
			continue
		}
		// the pair of countries that holds the mechanism: "U.S.-Armenia
		// Strategic Dialogue (USASD)", not "Armenia Strategic Dialogue"
		for st >= 2 && s.countryPair(st-2) && !covered[st-2] {
			st -= 2
		}
		if strings.HasSuffix(acr, "s") && strings.ToUpper(acr) != acr {
			for k := st; k <= close; k++ {
				covered[k] = true // plural: "MoUs", "SPVs"
			}
			continue
		}
		name := span(s.text, s.toks, st, i)
		head := false
		for k := st; k < i; k++ {
			if (s.has(k, fOrgHead) || l.orgWeak[s.toks[k].key()] || k == i-1 && l.orgHeads[s.toks[k].key()]) && !(k+1 < i && isCap(s.toks[k+1]) && !s.has(k+1, fOrgHead) && s.toks[k+1].text != "General") {
				head = true
			}
		}
		_, known := l.knownOrgs[name]
		// an acronym defined after "a" or "an" names a body too when its
		// expansion has a head: "deployed a Disaster Assistance Response
		// Team (DART)", "an Incident Management Assistance Team (IMAT)"
		// (the annotation lists 6 such bodies, of 5 publishers)
		if !head && !known {
			for k := st; k <= close; k++ {
				covered[k] = true // a defined term that is not a body
			}
			continue
		}
		add(&omention{name: name, acronym: acr, start: st, end: close + 1, definite: true})
	}
	// 2. well-known bodies and their acronyms
	for i := 0; i < len(s.toks); i++ {
		if covered[i] || !(isCap(s.toks[i]) || isAcronym(s.toks[i])) {
			continue
		}
		n, full := l.known.match(s.toks, i)
		if n == 1 && l.knownCaps[s.toks[i].key()] && strings.ToUpper(s.toks[i].text) != s.toks[i].text && full != s.toks[i].text {
			continue
		}
		if n == 0 {
			// "UN-led": the acronym as the first part of a compound
			if p, rest, ok := strings.Cut(s.toks[i].text, "-"); ok && rest != "" && isLowerWord(token{text: rest, word: true}) {
				if n2, f2 := l.known.match([]token{{text: p, word: true}}, 0); n2 == 1 && isAcronym(token{text: p, word: true}) {
					add(&omention{name: f2, start: i, end: i + 1, known: true, short: true})
				}
			}
			continue
		}
		// the start of a longer well-known name the gazetteer holds: "UN
		// Women" is not the UN
		longer := false
		if n2, _ := getGazetteer().match(s.toks, i); n2 > n {
			longer = true
		}
		for k := i + n; k < len(s.toks) && k < i+n+4 && (s.isOrgWord(k) || s.innerStop(k)); k++ {
			if s.has(k, fOrgHead) {
				longer = true // part of a longer name: "ITU Council", "ITU Radiocommunication Bureau"
			}
		}
		if i > 0 && !isAcronym(s.toks[i]) && (s.isOrgWord(i-1) && !s.has(i-1, fCountry) || s.peoplePossessive(i-2)) && !covered[i-1] {
			longer = true // "National Security Council" is not the UN's "Security Council", "National People’s Congress" not Congress
		}
		if !isAcronym(s.toks[i]) && s.complementOfBody(i) {
			longer = true // "Board of Governors of the Federal Reserve System" is the board, not the Federal Reserve
		}
		if longer {
			continue
		}
		m := &omention{name: full, alias: span(s.text, s.toks, i, i+n), start: i, end: i + n, known: true, short: n == 1 && full != s.toks[i].text}
		if i+n < len(s.toks) && l.eventNouns[s.toks[i+n].key()] {
			m.nameOnly = true
		}
		add(m)
		i += n - 1
	}
	gaz := s.gazetteerNames(covered) // orgs_known.go
	// 3. capitalised phrases around a head noun
	if s.titleCase() {
		// a headline's capitals mark no names, but a pair of parties
		// before a dialogue word does: "14th High-Level Meeting of the
		// EU-OPEC Energy Dialogue"
		for h := range s.toks {
			if st := s.pairHeadStart(h); st >= 0 && !slices.Contains(covered[st:h+1], true) {
				add(&omention{name: span(s.text, s.toks, st, h+1), start: st, end: h + 1})
			}
		}
		s.addAppositives(covered, add)
		s.addGazetteer(out, covered, add, gaz) // orgs_known.go
		return out
	}
	for h := 0; h < len(s.toks); h++ {
		if covered[h] || !s.has(h, fOrgHead) || !isCap(s.toks[h]) {
			continue
		}
		st := h
		for st > 0 && !covered[st-1] {
			if s.isOrgWord(st-1) || s.innerStop(st-1) {
				if s.roleModifier(st-1) && !s.modifiesBody(st-1) || s.lostPossessive(st-1, false) {
					break // an office, or another body's possessive: "Departments Criminal Division"
				}
				st--
				continue
			}
			if st >= 2 && s.peoplePossessive(st-2) && !covered[st-2] {
				st -= 2 // "National People’s Congress"
				continue
			}
			if st >= 2 && s.slashJoin(st-1) && !covered[st-2] {
				st -= 2 // "Maze/Long Kesh Development Corporation", "VA/DoD Joint Executive Council"
				continue
			}
			break
		}
		// an office's body: "Attorney General’s Department", "Prime
		// Minister’s Office" (but not "India’s Ministry of Finance")
		if st > 1 && isPossessive(s.toks[st-1]) && s.has(st-2, fRole) && isCap(s.toks[st-2]) && !covered[st-2] {
			st -= 2
			for st > 0 && s.has(st-1, fRole) && isCap(s.toks[st-1]) && !covered[st-1] {
				st--
			}
		}
		// a pair of countries joined by a hyphen: "U.S.-Israel Strategic
		// Consultative Group", "India–Sweden Joint Commission"
		for st >= 2 && st < h && s.countryPair(st-2) && !covered[st-2] {
			st -= 2
		}
		// words joined by "and" (and commas) before the head: "European
		// Insurance and Occupational Pensions Authority", "Foreign,
		// Commonwealth and Development Office" (not another body's:
		// "Department of Justice and Federal Trade Commission", whose
		// words are taken already)
		beforeAnd := st
		for and := false; st >= 2 && st < h && (s.toks[st-1].key() == "and" || s.toks[st-1].text == "&" || s.toks[st-1].text == "," && and) &&
			s.isOrgWord(st-2) && !covered[st-2] && !s.has(st-2, fCountry|fCity|fOrgHead) && !s.roleModifier(st-2) && !isAcronym(s.toks[st-2]) && !s.has(st, fCountry); {
			and = true
			st -= 2
			for st > 0 && s.isOrgWord(st-1) && !covered[st-1] && !s.roleModifier(st-1) && !isPossessive(s.toks[st-1]) && !s.has(st-1, fOrgHead) {
				st--
			}
		}
		// (and the pair before such words: "U.S.-India Economic and
		// Energy Dialogues")
		for st >= 2 && st < h && s.countryPair(st-2) && !covered[st-2] {
			st -= 2
		}
		// a company's legal form after a comma: "Cepton, Inc.", "Chevo
		// Consulting, LLC" (the legal form is the name's only head)
		if st == h && h >= 2 && s.toks[h-1].text == "," && getLex().companySuffixes[s.toks[h].text] {
			j := h - 1
			for j > 0 && j > h-5 && !covered[j-1] && s.isOrgWord(j-1) && isCap(s.toks[j-1]) && !s.has(j-1, fStop|fRole|fCountry|fCity) {
				j--
			}
			if j < h-1 {
				st = j
			}
		}
		// "the Bill and Melinda Gates Foundation", but not "Yellen and
		// State Bank of Vietnam": a given name on both sides of "and"
		if st >= 3 && st < h && s.toks[st-1].key() == "and" && s.has(st-2, fName) && s.has(st, fName) && !s.isOrgWord(st-3) {
			st -= 2
		}
		// stop words do not open a name, but the possessive of a party's
		// people stays with it: "All People’s Congress" loses "All", not
		// "People" (which left "’s Congress")
		for st < h && !s.peoplePossessive(st) && (s.has(st, fStop) && !s.placeGoesOn(st) || s.notNameStart(st)) {
			st++
		}
		if st < h && isPossessive(s.toks[st]) {
			continue // no name opens with a possessive mark
		}
		// a capitalised word the lexicon takes for no name ("Joint", "New",
		// "All", "Five") opens the name when it stands inside the sentence
		// after a lower-case word, after "the" that opens the sentence or
		// after a possessive: "the Joint Working Group", "the New Brunswick
		// Building Trades Council", "The Joint Ministerial Committee met",
		// "today’s Joint Ministerial Committee"
		if st >= 2 && st < len(s.toks) && s.has(st-1, fStop) && !s.has(st-1, fOrgHead) && isCap(s.toks[st-1]) && !covered[st-1] &&
			s.owner[st-1] < 0 && (isLowerWord(s.toks[st-2]) || s.toks[st-2].key() == "the" || isPossessive(s.toks[st-2]) || s.toks[st-2].text == "," || isOpenQuote(s.toks[st-2].text) && s.innerStop(st-1)) && isCap(s.toks[st]) {
			st--
		}
		end := s.complementEnd(st, h)
		// a head noun right after the name goes on with it: "European
		// Union Trust Fund", "African Union Commission", "Negev Forum
		// Working Groups"
		for end == h+1 && !s.lostPossessive(h, false) {
			next := -1
			for k := h + 1; k < len(s.toks) && k <= h+3 && !covered[k] && s.isOrgWord(k) && !s.roleModifier(k) && !s.honorificOpensName(k) && !isAcronym(s.toks[k]); k++ {
				if s.has(k, fOrgHead) && isCap(s.toks[k]) {
					next = k
					break
				}
			}
			if next < 0 {
				break
			}
			h = next
			end = s.complementEnd(st, h)
		}
		// a company's name holds "and" ("Larsen and Toubro Limited"), but
		// a list of companies does not: "Vitruvian Partners, Verdane and
		// Searchlight Capital Partners L.P."
		if end > 0 && getLex().companySuffixes[s.toks[end-1].text] && (st > 0 && s.toks[st-1].text == "," || slices.ContainsFunc(s.toks[min(st, beforeAnd):beforeAnd], func(t token) bool { return t.text == "," })) {
			for k := end - 2; k >= st; k-- {
				if s.toks[k].key() == "and" || s.toks[k].text == "&" {
					st = k + 1
					break
				}
			}
		}
		if st == h && end == h+1 {
			continue // a lone head noun: "the Council"
		}
		if end == h+1 && getLex().pairRelations[s.toks[h].key()] && s.pairOnly(st, h) {
			continue // the two states' relationship: "Japan-U.S. Alliance"
		}
		if st+1 == h && end == h+1 && getLex().compass[s.toks[st].key()] {
			continue // a region or a generic body: "West Bank", "the Central Bank"
		}
		// a named body then the body it belongs to: "Indian Pharmaceutical
		// Export Promotion Council of the Ministry of Health" is the council
		if st < h && end > h+2 && s.toks[h+1].key() == "of" {
			k := h + 2
			if s.toks[k].key() == "the" {
				k++
			}
			if k < end && s.has(k, fOrgHead) && isCap(s.toks[k]) && s.toks[k].key() != "government" {
				end = h + 1
			}
		}
		if st > 0 && isArticle(s.toks[st-1]) {
			h = end - 1
			continue // "a Grievance Redressal Committee": not yet a named body
		}
		allCountry := true
		for k := st; k < end; k++ {
			if !s.has(k, fCountry) {
				allCountry = false
			}
		}
		if allCountry {
			continue // "Soviet Union", "Russian Federation"
		}
		if s.toks[h].key() == "government" && st < h {
			// "US Government", "J&K Government": only names of places
			ok := true
			for k := st; k < h; k++ {
				if s.has(k, fWord) && !s.has(k, fCountry) && !isAcronym(s.toks[k]) {
					ok = false
				}
			}
			if !ok {
				continue
			}
		}
		if st < h && s.toks[st].word && vocab.IsDigits(s.toks[st].text) {
			h = end - 1
			continue // a count of bodies, "17 Independent Groups", "51 Ministries"
		}
		if st > 0 && isOrdinal(s.toks[st-1].text) {
			h = end - 1
			continue // "the 3rd IALA General Assembly" is an event
		}
		end = s.postedEnd(h, s.abroadEnd(st, end))
		name := span(s.text, s.toks, st, end)
		if s.lostPossessive(end-1, true) {
			name = strings.TrimSuffix(name, "s") // "Department of Justices" is the Department of Justice's
		}
		m := &omention{name: name, start: st, end: end}
		// "Ministry of Health … of Sri Lanka" → "Ministry of Health …"
		if end-st >= 4 && s.toks[end-1].word {
			if s.countryEndsAt(end) {
				k := end - 1
				for k > st && s.has(k-1, fCountry) {
					k--
				}
				if k > st && s.toks[k-1].key() == "the" {
					k-- // "… of the United Kingdom"
				}
				// "… of the Republic of Philippines": the country's formal name
				if k-3 > st && s.toks[k-1].key() == "of" && formalStates[s.toks[k-2].key()] && isCap(s.toks[k-2]) {
					k -= 2
					if s.toks[k-1].key() == "the" {
						k--
					}
				}
				if (k-1 > h+1 || st < h && k-1 > h) && s.toks[k-1].key() == "of" {
					m.alias = name
					m.name = span(s.text, s.toks, st, k-1)
					m.ofCountry = true
				}
			}
		}
		add(m)
		h = end - 1
	}
	s.addAppositives(covered, add)
	s.addGazetteer(out, covered, add, gaz) // orgs_known.go
	return out
}

// hasLowerWord reports a lower-case word among tokens [i, j): "In
// progress" is no source.
func (s *passage) hasLowerWord(i, j int) bool {
	for k := i; k < j; k++ {
		if isLowerWord(s.toks[k]) {
			return true
		}
	}
	return false
}

// datelineRE reads the source of a wire dateline at the start of a
// release: "PLEASANTON, CA, April 17, 2024 /24-7PressRelease/ --", "ABU
// DHABI, (UrduPoint / Pakistan Point News / WAM - 18th Dec, 2020)",
// "NEW YORK - ([NewMediaWire](https://…)) -", also when the place and
// date have been taken off the sentence. Its groups hold the sources,
// separated by slashes.
var datelineRE = mustFiltered(`^(?:\p{Lu}[\p{Lu} .'-]*,[^/()]{0,40}?)?/\s*([\p{L}\d][\p{L}\d&.'-]*(?: [\p{L}\d][\p{L}\d&.'-]*){0,3})\s*/\s*(?:--|-|–|—)|^\p{Lu}[\p{Lu} .'-]*(?:,|\s[-–—])\s*\(\s*\[?([^()\[\]]{2,80}?)\]?(?:\([^)]*\))?\s*(?:\)|\s[-–—]\s)|^\(\s*\[?([^()\[\]]{2,80}?)\]?(?:\([^)]*\))?\s*\)\s*(?:--|[-–—])`)

// mayOpenDateline is false for a text that datelineRE cannot match, by
// its first two characters: every match opens with "/", "(" or a capital
// letter and then a capital, one of " .'-", a comma or white space. Most
// sentences open otherwise ("The", "In"), and the expression, long and
// run on whole paragraphs, cost 2 % of a batch run. TestDatelineGate
// checks that it turns away no text the expression matches.
func mayOpenDateline(t string) bool {
	if t == "" {
		return false
	}
	if t[0] == '/' || t[0] == '(' {
		return true
	}
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.Lu, r) || n == len(t) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(t[n:])
	return unicode.Is(unicode.Lu, c) || strings.ContainsRune(" .'-,\t\n\f\r", c)
}

// datelineSources returns the token ranges of the news agencies and
// wires a dateline at the start of a release names, each [start, end):
// the annotation lists them among the bodies a text names, so they are
// proposed with a feature of their own.
func (s *passage) datelineSources() [][2]int {
	if s.index < 0 || s.index >= 3 || !mayOpenDateline(s.text) {
		return nil
	}
	ms := datelineRE.FindAllStringSubmatchIndex(s.text, 1)
	if ms == nil {
		return nil
	}
	m := ms[0]
	var out [][2]int
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] < 0 {
			continue
		}
		at := m[g]
		for _, part := range strings.Split(s.text[m[g]:m[g+1]], "/") {
			lo := at + len(part) - len(strings.TrimLeft(part, " "))
			hi := at + len(strings.TrimRight(part, " "))
			at += len(part) + 1
			st, en := -1, -1
			for k, t := range s.toks {
				if int(t.start) == lo {
					st = k
				}
				if int(t.end) == hi {
					en = k + 1
				}
			}
			if st < 0 || en <= st || s.owner[st] >= 0 || !isCap(s.toks[st]) && !isAcronym(s.toks[st]) && !unicode.IsDigit([]rune(s.toks[st].text)[0]) ||
				!strings.ContainsFunc(s.text[lo:hi], unicode.IsLetter) || s.hasLowerWord(st, en) {
				continue
			}
			out = append(out, [2]int{st, en})
		}
	}
	return out
}

// countryOpensName reports a country's mention at token k that a
// capitalised word or a possessive follows: "United States Government’s".
func (s *passage) countryOpensName(k int) bool {
	for _, m := range s.cms {
		if m.tok <= k && k < m.end {
			return m.end < len(s.toks) && (isCap(s.toks[m.end]) || isPossessive(s.toks[m.end]))
		}
	}
	return false
}

// countryEndsAt reports a country's mention that ends at token end:
// "Lanka" of "Sri Lanka", "Kingdom" of "United Kingdom".
func (s *passage) countryEndsAt(end int) bool {
	for _, m := range s.cms {
		if m.end == end {
			return true
		}
	}
	return false
}

// countryRunEnd returns the end of the country named from token j, or j
// when none starts there.
func (s *passage) countryRunEnd(j int) int {
	for _, m := range s.cms {
		if m.tok == j {
			return m.end
		}
	}
	return j
}

func isHyphen(s string) bool { return s == "-" || s == "–" || s == "‐" }

func isArticle(t token) bool { return t.text == "a" || t.text == "an" }

// commaArticle reports a comma, space and "a" or "an", then a space:
// where appositiveRE can match.
func commaArticle(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != ',' {
			continue
		}
		j := i + 1
		for j < len(text) && unicode.IsSpace(rune(text[j])) {
			j++
		}
		if j == i+1 || j >= len(text) || text[j] != 'a' {
			continue
		}
		j++
		if j < len(text) && text[j] == 'n' {
			j++
		}
		if j < len(text) && unicode.IsSpace(rune(text[j])) {
			return true
		}
	}
	return false
}

var appositiveRE = mustFiltered(`(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}),\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,5}(?:company|corporation|firm|conglomerate|bank|manufacturer|producer|enterprise|multinational|start-?up|non-profit|charity|leader|pioneer|provider|developer|maker|supplier|distributor|reseller|specialist|innovator|retailer|vendor)\b`)

// addAppositives finds bodies described in apposition as a firm or by
// what a firm is to its market ("Zonit, a leader in …"): "Sinopec, a leading
// Chinese international petroleum corporation".
func (s *passage) addAppositives(covered []bool, add func(*omention)) {
	if !commaArticle(s.text) {
		return // (the expression backtracks much over passages that could not match)
	}
	for _, m := range appositiveRE.FindAllStringSubmatchIndex(s.text, -1) {
		st, en := -1, -1
		for k, t := range s.toks {
			if int(t.start) == m[2] {
				st = k
			}
			if int(t.end) == m[3] {
				en = k + 1
			}
		}
		if st < 0 || en <= st || covered[st] || s.owner[st] >= 0 || s.has(st, fCountry|fStop) {
			continue
		}
		add(&omention{name: span(s.text, s.toks, st, en), start: st, end: en})
	}
}

func isOrdinal(s string) bool {
	s = strings.ToLower(s)
	if len(s) > 2 && s[0] >= '0' && s[0] <= '9' {
		suf := s[len(s)-2:]
		return suf == "st" || suf == "nd" || suf == "rd" || suf == "th"
	}
	return getLex().ordinals[s]
}

// complementEnd extends a body's name after its head noun at token h: "of
// Health and Mass Media", "for Economic, Industrial and Scientific
// Cooperation", "to Address Synthetic Drug Threats", "Group 13". It returns
// the end token; st is where the name starts.
func (s *passage) complementEnd(st, h int) int {
	end := h + 1
	if e := s.legalFormEnd(end); e > end {
		return e // "Lanka Electricity Company (Pvt) Ltd"
	}
	if end < len(s.toks) && s.toks[end].word && vocab.IsDigits(s.toks[end].text) && !isYear(s.toks[end].text) {
		return end + 1 // "Study Group 13"
	}
	if s.numeralAt(end) {
		return end + 1 // "Working Group II", "Initiative VIII"
	}
	if end < len(s.toks) && s.toks[end].text == "General" {
		end++ // "Directorate General of …", "Secretariat General"
	}
	j := end
	inComp := false
	inList := false // past a comma of a list inside the name: its "and" ends the list, not the name
	for j < len(s.toks) {
		t := s.toks[j]
		f := fold(t.text)
		switch {
		case inComp && (end < j && s.officeEnds(j) || s.officeCloses(j)) && s.roleModifier(j) && isCap(t):
			// an office's name closing the complement: "Department of
			// Justice", "Office of the Attorney General"
			for j < len(s.toks) && s.roleModifier(j) && isCap(s.toks[j]) {
				j++
			}
			end = j
			continue // "Office of the Comptroller of the Currency"
		case inComp && end == j && s.personAfter(j):
			return end // "Bureau of International Narcotics and Law Enforcement Heidi Fulton"
		case end == j && s.peoplePossessive(j) && s.isOrgWord(j+2):
			j += 2 // "… of the National People’s Congress"
			end = j
			continue
		case inComp && s.has(j, fCountry) && s.countryRunEnd(j) > j+1:
			// a country's name of several words, a possessive inside it:
			// "Government of the People’s Republic of China" (the
			// possessive cut it at "People")
			j = s.countryRunEnd(j)
			end = j
			if j >= len(s.toks) || !s.has(j, fCountry) && !s.isOrgWord(j) {
				return s.toKnownBody(end) // as after a country of one word, below
			}
			continue
		case inComp && end == j && s.pluralHead(j) && s.branchPlural(j) && !adjectiveForm(s.toks[j-1]):
			// the body's buildings or branches: "Ministry of Foreign
			// Affairs Offices" (but "… on Climate and Environmental Funds")
			return end
		case inComp && end < j && connectorRun(s, end, j) && s.lostPossessive(j, true):
			return j + 1 // another body's name follows this one's possessive: "Department of Justices Antitrust Division"
		case (s.isOrgWord(j) || inComp && s.innerStop(j) && (connectorRun(s, j-1, j) || s.isOrgWord(j-1))) && !s.roleModifier(j) && !s.honorificOpensName(j):
			if j == end && !inComp {
				if getLex().companySuffixes[s.toks[j].text] {
					return j + 1 // "… Development Corporation Limited"
				}
				return end // a capitalised word right after the head: "Fund Facility"
			}
			if end < j && !connectorRun(s, end, j) {
				return end
			}
			if inComp && end < j && s.toks[j-1].key() == "and" {
				if k := s.adjectiveItemEnd(j); k > j {
					// the complement's last item: "… of Foreign and European
					// Affairs", "… of East Asian and Pacific Affairs"
					end = k
					if k < len(s.toks) && s.isOrgWord(k) {
						return end
					}
					j = k
					continue
				}
			}
			if end < j && (s.toks[j-1].key() == "and" || s.toks[j-1].text == "&") && s.listedAfterAnd(j) && !s.acronymFollows(j) && !inList && !s.innerStop(j-2) && !adjectiveForm(s.toks[j-2]) {
				return end // "Ministry of Energy and Boeing", but "… of Lighthouses and Lightships (DGLL)"
			}
			if end < j && (s.toks[j-1].key() == "and" || s.toks[j-1].text == "&") && (s.headedRun(j) && !s.loneHeadEnds(j) || s.officeRun(j) || j+1 < len(s.toks) && isPossessive(s.toks[j+1])) {
				return end // two bodies ("Department of Justice and Federal Trade Commission", "… and Chile’s Office") or an office ("… and Foreign Minister")
			}
			j++
			end = j
			if s.has(j-1, fCountry) && inComp && (j >= len(s.toks) || !s.has(j, fCountry) && !s.isOrgWord(j) && (s.countryEndsAt(j) || s.toks[j].key() != "of")) {
				if e := s.toKnownBody(j); e > j {
					return e // a mission to a well-known body: "Permanent Mission of Sri Lanka to the United Nations"
				}
				return end // "Government of India": a country ends the name (but "Republic" goes on: "… of the Republic of Kazakhstan")
			}
			continue
		case t.word && isLowerWord(t) && (f == "of" || f == "for" || f == "on" || f == "the" || f == "and" || f == "to" || (f == "at" || f == "against") && inComp) || t.text == "&":
			if f == "and" || f == "&" {
				if !inComp || j+1 < len(s.toks) && (s.toks[j+1].key() == "the" || s.toks[j+1].key() == "a") {
					return end // "Foundation and the …": a list, not one name
				}
				if s.andJoinsBodies(st, j+1, s.isOrgWord) {
					return end // "Department of Labor and MSHA"
				}
			}
			if f == "to" && (j != h+1 || j+1 < len(s.toks) && s.has(j+1, fOrgHead)) {
				return end
			}
			// a country after "to" is where, not part of the name: "Russian
			// Federation to Sri Lanka"; after "on", one that opens another
			// name is too: "… on the United States Government’s behalf"
			// (but "Commission of Inquiry on Ukraine")
			if f == "to" || f == "on" && inComp {
				k := j + 1
				if k < len(s.toks) && s.toks[k].key() == "the" {
					k++
				}
				if k < len(s.toks) && s.has(k, fCountry) && (f == "to" || s.countryOpensName(k)) {
					return end
				}
			}
			if s.dateAt(j + 1) {
				return end // "the Council on 6 June": a date, not the name's complement
			}
			if f == "at" && s.bodyAt(j) {
				return end // a unit and the body that houses it: "Centre for Economic Performance at LSE"
			}
			if f == "of" || f == "for" || f == "on" || f == "to" {
				k := j + 1
				if k < len(s.toks) && s.toks[k].key() == "the" {
					k++
				}
				// a nested body: "… Council of the Ministry of …"
				if inComp && k < len(s.toks) && s.has(k, fOrgHead) && s.toks[k].key() != "government" {
					return end
				}
				inComp = true
			}
			j++
			continue
		case inComp && end == j && end > h+1 && isCap(t) && (f == "people" || f == "peoples") && !isPossessive(s.toks[min(j+1, len(s.toks)-1)]) &&
			(adjectiveForm(s.toks[j-1]) || strings.HasSuffix(s.toks[j-1].key(), "ous")):
			// "People" after an adjective closes a complement, though the
			// lexicon takes it for no name: "Council of Indigenous
			// Peoples", "Panel on Indigenous Peoples" (2 publishers, each
			// cut before it)
			j++
			end = j
			continue
		case inComp && end == j && s.slashJoin(j):
			j += 2 // "Global Coalition to Defeat Daesh/ISIS"
			end = j
			continue
		case t.text == "," && inComp && s.listGoesOn(j):
			// "for Economic, Industrial and Scientific Cooperation",
			// "Ministry of Finance, Planning, and Economic Development"
			inList = true
			j++
			continue
		}
		break
	}
	return end
}

// toKnownBody returns the end of "to" and a well-known body at token j
// ("to the United Nations"), or j.
func (s *passage) toKnownBody(j int) int {
	if j >= len(s.toks) || s.toks[j].text != "to" {
		return j
	}
	b := j + 1
	if b < len(s.toks) && s.toks[b].key() == "the" {
		b++
	}
	if b >= len(s.toks) {
		return j
	}
	if n, _ := getLex().known.match(s.toks, b); n > 0 && (b+n == len(s.toks) || !s.isOrgWord(b+n)) {
		return b + n
	}
	return j
}

// numeralAt reports a Roman numeral of two letters or more at token j
// that ends a name's run of capitalised words, as a number does: "Working
// Group II", "Initiative VIII" (the annotated corpus texts write three
// such names, of two publishers, and each was cut before its numeral).
// "I" is left out, a pronoun as often as a numeral.
func (s *passage) numeralAt(j int) bool {
	return j < len(s.toks) && s.toks[j].word && len(s.toks[j].text) >= 2 && romanNumeral(s.toks[j].text) &&
		(j+1 == len(s.toks) || !s.isOrgWord(j+1))
}

// slashJoin reports a slash at token k written with no space between two
// capitalised words or acronyms, which joins them inside one name:
// "Maze/Long Kesh", "VA/DoD", "HIV/AIDS".
func (s *passage) slashJoin(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k].text != "/" {
		return false
	}
	a, b := s.toks[k-1], s.toks[k+1]
	return a.word && b.word && a.end == s.toks[k].start && s.toks[k].end == b.start &&
		(isCap(a) || isAcronym(a)) && (isCap(b) || isAcronym(b))
}

// andJoinsBodies reports an "and" before token j, inside a run of
// capitalised words from st, that joins the names of two bodies rather
// than two words of one name: a lone acronym on either side of it ("USDA
// and National FFA", "Department of Labor and MSHA", "NB Power and ARC";
// not a country's: "U.S. and Mexico Sections of …"),
// or the country that opened the name opening it again ("U.S. Border
// Patrol and U.S. Immigration and Customs Enforcement", "United Kingdom
// Department of Trade and Industry and United Kingdom Office of Fair
// Trading"). goesOn reports a word that carries a name on. Of the 645
// candidates with an "and" inside that the annotated corpus texts
// propose, these split 11: the annotation lists one side or both as a
// body for 9 (of 7 publishers), the whole for none.
func (s *passage) andJoinsBodies(st, j int, goesOn func(int) bool) bool {
	if j-1 <= st || j >= len(s.toks) {
		return false
	}
	if j-2 == st && s.toks[st].word && isAcronym(s.toks[st]) && !s.has(st, fCountry) {
		return true
	}
	if s.toks[j].word && isAcronym(s.toks[j]) && !s.has(j, fCountry) && (j+1 >= len(s.toks) || !goesOn(j+1)) {
		if _, close := s.bracketAcronym(j + 1); close < 0 && !listedBody(span(s.text, s.toks, st, j+1)) {
			return true
		}
	}
	l := getLex()
	if n, c := l.countries.match(s.toks, st); n > 0 {
		if n2, c2 := l.countries.match(s.toks, j); n2 > 0 && c2 == c && j+n2 < len(s.toks) && goesOn(j+n2) {
			return true
		}
	}
	return false
}

// listedAfterAnd reports a one-word name at token j, after a
// complement's "and", that one of the lists of bodies holds
// (listedBody) and that no capitalised word carries on: a second body,
// "Ministry of Energy and Boeing". Any other capitalised word there is
// the complement's last item: the rule that ended a name at every word
// outside the lexicon's vocabulary cut 12 names in the annotated texts,
// one rightly ("Ministry of Energy and Sinopec", of the dev set) and 11
// wrongly (7 publishers: "Department for Work and Pensions", "Department
// for Energy Security and Net Zero", "Council of the Nations and
// Regions", "Office for Analysis and Evaluation").
func (s *passage) listedAfterAnd(j int) bool {
	return (j+1 >= len(s.toks) || !s.isOrgWord(j+1)) && listedBody(s.toks[j].text)
}

// listedBody reports a name that one of the lists of bodies holds whole
// (the well-known bodies, the generated list, the registered
// organisations): such a name ends in an acronym of its own ("Ministry of
// Science and ICT"), so an "and" inside it joins no two bodies.
func listedBody(name string) bool {
	return getGazetteer().knows(name) || getListedOrgs().isName(name) || rorName(name, words(name), nil)
}

// branchPlural reports a plural head noun at token j (pluralHead) of
// an executive body's kind ("Offices", "Embassies", "Departments"): after
// a body's complement it names the body's buildings or branches ("Ministry
// of Foreign Affairs Offices"). The plurals of other kinds end the names of
// bodies made of many ("Department of Information Services", "Geneva
// Centre for the Democratic Control of Armed Forces", "Federation of USTP
// Student Councils", "Union of European Football Associations": 11 such
// names of 8 publishers in the annotated corpus, each cut before its
// plural until then).
func (s *passage) branchPlural(j int) bool {
	w := s.toks[j].key()
	if strings.HasSuffix(w, "ies") {
		return headClasses[w[:len(w)-3]+"y"] == 1
	}
	return headClasses[w[:len(w)-1]] == 1
}

// bodyAt reports the name of another body after "at" at token j (and
// "the"): a headed run or a lone acronym, the body that houses a unit
// ("Centre for Economic Performance at LSE", "Cooperative Institute for
// Satellite Studies at the University of Wisconsin", "Center for the
// Outdoor Recreation Economy at Oregon State University"), which the
// annotation lists apart from the unit. A place after "at" stays in the
// name: "United Nations Office at Vienna", "University of Texas at El
// Paso", "European Agency for Safety and Health at Work".
func (s *passage) bodyAt(j int) bool {
	k := j + 1
	if k < len(s.toks) && s.toks[k].key() == "the" {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	return s.headedRun(k) || isAcronym(s.toks[k]) && !isInitial(s.toks[k]) && (k+1 == len(s.toks) || !s.isOrgWord(k+1))
}

// pluralHead reports the plural of a head noun at token j: "Offices",
// "Ministries".
func (s *passage) pluralHead(j int) bool {
	w := s.toks[j].key()
	if !isCap(s.toks[j]) || !strings.HasSuffix(w, "s") {
		return false
	}
	heads := getLex().orgHeads
	return heads[w[:len(w)-1]] || strings.HasSuffix(w, "ies") && heads[w[:len(w)-3]+"y"]
}

// personAfter reports a person's name at token j, a common given name
// and another name word, which ends the capitalised words of a body's
// complement before it: "… and Law Enforcement Heidi Fulton".
func (s *passage) personAfter(j int) bool {
	return j+1 < len(s.toks) && isCap(s.toks[j]) && givenNames()[s.toks[j].key()] && s.has(j+1, fName) && isCap(s.toks[j+1]) &&
		!s.has(j, fOrgHead|fCountry|fCity)
}

// peoplePossessive reports a plural of persons and its possessive at
// tokens k and k+1, which stand inside the names of bodies: "National
// People’s Congress", "United Nations Children’s Fund".
func (s *passage) peoplePossessive(k int) bool {
	if k < 0 || k+1 >= len(s.toks) || !isCap(s.toks[k]) || !isPossessive(s.toks[k+1]) {
		return false
	}
	switch s.toks[k].key() {
	case "people", "peoples", "women", "children", "workers":
		return true
	}
	return false
}

// formalStates open the formal names of states: "the Republic of …",
// "the Kingdom of …".
var formalStates = map[string]bool{"republic": true, "kingdom": true, "federation": true, "commonwealth": true,
	"state": true, "sultanate": true, "principality": true, "emirate": true}

// countryPair reports countries at tokens k and k+2 joined by a hyphen
// at k+1 with no space: "U.S.-Israel", "India–Sweden".
func (s *passage) countryPair(k int) bool {
	return k >= 0 && k+2 < len(s.toks) && s.has(k, fCountry) && s.has(k+2, fCountry) && isHyphen(s.toks[k+1].text) &&
		s.toks[k].end == s.toks[k+1].start && s.toks[k+1].end == s.toks[k+2].start
}

// partyPart reports a part of a hyphenated word that names a party to a
// bilateral mechanism: a country, its abbreviation or demonym ("China",
// "UK", "Indian"), an acronym ("EU", "OPEC", "ROK") or a one-word body of
// the lexicon.
func partyPart(p string) bool {
	t := token{text: p, word: true}
	if len(p) < 2 || !isCap(t) && !isAcronym(t) {
		return false
	}
	l := getLex()
	if n, _ := l.countries.matchWord(p); n > 0 {
		return true
	}
	if isAcronym(t) && !strings.ContainsAny(p, "0123456789") {
		return true
	}
	n, _ := l.known.matchWord(p)
	return n > 0
}

// partyPair reports a word at token k that joins two parties with a
// hyphen or an en dash: "OPEC-China", "EU-OPEC", "UK-US"; a country's
// name of several words goes on past the word ("UK-New" of "UK-New
// Zealand", "Australia-United" of "Australia-United States") or opens
// before it ("States-Israel" of "United States-Israel").
func (s *passage) partyPair(k int) bool {
	t := s.toks[k]
	if !isHyphenated(t) {
		return false
	}
	parts := strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '–' })
	if len(parts) != 2 {
		return false
	}
	first, second := partyPart(parts[0]), partyPart(parts[1])
	for _, c := range s.cms {
		if c.tok < k && c.end == k+1 && s.has(k, fCountry) {
			first = true // "United States-Israel"
		}
		if c.tok == k && c.end > k+1 {
			second = true // "UK-New Zealand"
		}
	}
	return first && second
}

// partyHeadAt reports a word at h that heads a body's name only when a
// party names the body (organisations.txt [party-heads]): the capitalised
// words before it open with a country or a well-known body ("U.S.
// Mission to the U.N.", "UN Assistance Mission for Iraq", "European Union
// Monitoring Mission"), or its complement does ("Permanent Mission of Sri
// Lanka to the United Nations"). Capitalised, "Mission" stands 20 times in
// the annotated texts, 17 inside bodies (7 publishers); the dev set's
// Indian programmes ("Smart Cities Mission", "Swachh Bharat Mission") are
// named by no party.
func (s *passage) partyHeadAt(h int) bool {
	if !isCap(s.toks[h]) || !getLex().partyHeads[s.toks[h].key()] {
		return false
	}
	j := h
	for j > 0 && h-j < 6 && s.toks[j-1].word && (isCap(s.toks[j-1]) || isAcronym(s.toks[j-1])) && s.flags[j-1]&fStop == 0 {
		j--
	}
	if j < h && s.partyAt(j) {
		return true
	}
	k := h + 1
	if k < len(s.toks) && (s.toks[k].text == "of" || s.toks[k].text == "to") {
		k++
		if k < len(s.toks) && s.toks[k].key() == "the" {
			k++
		}
		return k < len(s.toks) && s.partyAt(k)
	}
	return false
}

// partyAt reports a country, a demonym or a well-known body at token k.
func (s *passage) partyAt(k int) bool {
	if s.has(k, fCountry) {
		return true
	}
	n, _ := getLex().known.match(s.toks, k)
	return n > 0
}

// pairEnd returns the end of a pair of parties joined by a hyphen that
// opens at token st ("Japan-U.S.", "U.S.-Japan", "UK-New Zealand"), or st
// when none does.
func (s *passage) pairEnd(st int) int {
	end := st
	switch {
	case s.partyPair(st):
		end = st + 1
	case s.countryPair(st):
		end = st + 3
	default:
		return st
	}
	for _, c := range s.cms {
		if c.tok == end-1 && c.end > end {
			end = c.end // "UK-New Zealand"
		}
	}
	return end
}

// pairOnly reports tokens [st, h) that are a pair of parties joined by a
// hyphen and nothing else: "Japan-U.S.", "U.S.-Japan", "UK-New Zealand".
func (s *passage) pairOnly(st, h int) bool {
	return h > st && s.pairEnd(st) == h
}

// pairHeadAt reports a word at h that heads a body's name only after two
// parties joined by a hyphen (organisations.txt [pair-heads]), when such a
// pair stands among the capitalised words right before it: "OPEC-China
// Energy Dialogue", "U.S.-China Strategic Economic Dialogue", "UK - US
// Strategic Energy Dialogue", "UK-China Economic and Financial Dialogue".
// Such dialogues were 19 of the 26 the annotated texts name after a pair
// (7 publishers); the rest, at two publishers, are listed as talks.
func (s *passage) pairHeadAt(h int) bool { return s.pairHeadStart(h) >= 0 }

// pairHeadStart returns where the name headed at h by a pair-head word
// starts (pairHeadAt), or -1.
func (s *passage) pairHeadStart(h int) int {
	if !isCap(s.toks[h]) || !getLex().pairHeads[s.toks[h].key()] {
		return -1
	}
	for j := h - 1; j >= 0 && h-j <= 6; j-- {
		t := s.toks[j]
		if s.partyPair(j) {
			return j // "OPEC-China"
		}
		if s.has(j, fCountry) && j >= 2 && (isHyphen(s.toks[j-1].text) || isDash(s.toks[j-1])) && (s.has(j-2, fCountry) || isAcronym(s.toks[j-2])) {
			for _, c := range s.cms {
				if c.end == j-1 {
					return c.tok // "United States – Iceland"
				}
			}
			return j - 2 // "U.S.-Israel", "UK - US"
		}
		if !t.word || !(isCap(t) || isAcronym(t) || t.key() == "and") {
			return -1
		}
	}
	return -1
}

// pairedCountryStart returns where the name of a mention that opens with a
// country at token st starts when another country and a dash, spaced or
// not, stand before it: the two countries' commission, committee or
// dialogue is named by both ("Viet Nam – India Joint Committee", "UK - US
// Strategic Energy Dialogue"; 12 mentions in documents of 5 publishers of
// the annotated corpus, which the annotation names with both countries).
// A place that is no country before the dash is a dateline's ("HANOI –
// U.S. Treasury …") and stays out, as does a country inside a longer
// capitalised run ("Brazil Fazenda – U.S. Treasury …").
func (s *passage) pairedCountryStart(st int) int {
	if st < 2 || !s.has(st, fCountry) || !isHyphen(s.toks[st-1].text) && !isDash(s.toks[st-1]) {
		return st
	}
	for _, c := range s.cms {
		if c.end != st-1 {
			continue
		}
		if c.tok > 0 && isCap(s.toks[c.tok-1]) {
			return st
		}
		return c.tok
	}
	return st
}

// nameStops are capitalised words the lexicon takes for no part of a name
// (stop-caps: they open sentences and headlines) that stand inside the
// names of bodies between their other words: "India–Sweden Joint
// Commission", "Ministry of New & Renewable Energy", "Three Seas
// Initiative".
var nameStops = map[string]bool{"joint": true, "new": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// complementOfBody reports a name at token i that is the complement of
// another body's name before it: "of" or "of the" right before i, and a
// head noun among the capitalised words before "of" ("Board of Governors
// of the Federal Reserve System"). An office before "of" is no body, so
// "Governor of the Bank of England" leaves the Bank its own name.
func (s *passage) complementOfBody(i int) bool {
	k := s.ofBefore(i)
	for j := k - 1; k > 0 && j >= 0 && j >= k-4 && (s.isOrgWord(j) || s.innerStop(j) || s.toks[j].key() == "of"); j-- {
		if s.has(j, fOrgHead) && isCap(s.toks[j]) && !s.has(j, fRole) {
			return true
		}
	}
	return false
}

// ofBefore returns the position of the "of" right before token j, or
// before "the" right before it ("of the"), or -1.
func (s *passage) ofBefore(j int) int {
	p := j - 1
	if p >= 0 && s.toks[p].key() == "the" {
		p--
	}
	if p < 0 || s.toks[p].key() != "of" {
		return -1
	}
	return p
}

// innerStop reports one of nameStops at token k, capitalised, that a word
// of a body's name follows.
func (s *passage) innerStop(k int) bool {
	return s.has(k, fStop) && isCap(s.toks[k]) && nameStops[s.toks[k].key()] && s.owner[k] < 0 &&
		k+1 < len(s.toks) && (s.isOrgWord(k+1) || s.toks[k+1].text == "&")
}

// modifiesBody reports a word of the role modifiers ("Special", "Joint",
// "Senior") at token k that modifies the body's words after it, not an
// office: "Special Committee on …", but "… Senior Counsel".
func (s *passage) modifiesBody(k int) bool {
	return !s.has(k, fRole) && s.owner[k] < 0 && k+1 < len(s.toks) && !s.has(k+1, fRole)
}

func isOpenQuote(w string) bool { return w == "“" || w == "\"" || w == "‘" }

// honorificOpensName reports an honorific at token i that a name follows,
// which ends a body's name before it ("… Council Sir John Smith"); with no
// name after it the word is a part of the body's name: "University of
// Notre Dame".
func (s *passage) honorificOpensName(i int) bool {
	if !s.startsPerson(i) {
		return false
	}
	n, _ := getLex().honorifics.match(s.toks, i)
	return i+n < len(s.toks) && s.toks[i+n].word && (isCap(s.toks[i+n]) || isInitial(s.toks[i+n]))
}

// abroadEnd extends the name of tokens [st, end), which a country or its
// demonym opens, over "in" and another country after it: the body of one
// country in another, "Swedish Chamber of Commerce in India" (but not
// "Ministry of Finance in Sri Lanka", which no country opens, nor "Indian
// Embassy in India").
func (s *passage) abroadEnd(st, end int) int {
	if !s.has(st, fCountry) || end+1 >= len(s.toks) || s.toks[end].key() != "in" || !isCap(s.toks[end+1]) {
		return end
	}
	home := s.countriesIn(st, st+1)
	for _, c := range s.cms {
		if c.tok == end+1 {
			if len(home) == 1 && c.name != home[0] && (c.end >= len(s.toks) || !isCap(s.toks[c.end])) {
				return c.end
			}
			return end
		}
	}
	return end // a city says no country: "U.S. Department of Justice in Washington" is at home
}

// notNameStart reports a word at token k that cannot open a body's name:
// a function word or an adverb opening the sentence ("Once Council has
// approved …"), which the capital at the start of a sentence disguises.
func (s *passage) notNameStart(k int) bool {
	t := s.toks[k]
	return k == 0 && isCap(t) && !isAcronym(t) && englishStopwords()[t.key()] && !s.has(k, fOrgHead|fCountry|fRole)
}

// englishStopwords are the commonest English function words
// (stopwords.txt).
var englishStopwords = sync.OnceValue(func() map[string]bool { return vocab.Set(vocab.Lines("stopwords.txt")) })

// dateAt reports a day and a month at token k: "6 June", "21st March".
func (s *passage) dateAt(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	d := strings.TrimRight(s.toks[k].key(), "stndrh")
	return d != "" && len(d) <= 2 && vocab.IsDigits(d) && monthNames()[s.toks[k+1].key()]
}

// monthNames are the month names and abbreviations of months.txt.
var monthNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, ln := range vocab.Lines("months.txt") {
		for _, w := range strings.Fields(ln)[1:] {
			m[w] = true
		}
	}
	return m
})

// adjectiveForm reports a capitalised word shaped like an adjective
// ("European", "Foreign", "Consular", "Economic"), which leaves a body's
// complement unfinished before "and": "Bureau of European and Eurasian
// Affairs" (but "Ministry of Energy and Sinopec" names two bodies).
func adjectiveForm(t token) bool {
	w := t.key()
	if !isCap(t) || len(w) < 5 {
		return false
	}
	for _, suf := range []string{"an", "al", "ar", "ic", "ive", "ary", "ory", "ign", "ish", "ese"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adjectiveItemEnd returns the end of the last item of a complement's
// list that starts at token j, after "and": capitalised words that hold
// no head noun, office, country or acronym, and that either follow an
// adjective before the "and" ("Ministry of Foreign and European Affairs",
// "Bureau of East Asian and Pacific Affairs") or open with one ("…
// Religious Endowments and Islamic Affairs"). Without it an office or a
// second body written right after the name ("… Affairs Spokesperson",
// "… Affairs U.S. Department of State") cut the name at the "and". It
// returns j when the words are no such item, or when a head noun follows
// them (then the words may open a second body's name).
func (s *passage) adjectiveItemEnd(j int) int {
	if j < 2 || !(adjectiveForm(s.toks[j-2]) || j < len(s.toks) && adjectiveForm(s.toks[j])) {
		return j
	}
	k := j
	for k < len(s.toks) && s.isOrgWord(k) && isCap(s.toks[k]) && !isAcronym(s.toks[k]) && !s.has(k, fOrgHead|fCountry) && !s.roleModifier(k) {
		k++
	}
	if k == j || k < len(s.toks) && s.has(k, fOrgHead) {
		return j
	}
	if adjectiveForm(s.toks[k-1]) {
		return j // no noun closes the item: "… of Economic and Social"
	}
	return k
}

// legalFormEnd returns the end of a company's legal form written after a
// comma or a bracketed "(Pvt)" at token j ("Now! Media, LLC", "Lanka
// Electricity Company (Pvt) Ltd"), or j when there is none.
func (s *passage) legalFormEnd(j int) int {
	suffix := func(k int) bool { return k < len(s.toks) && getLex().companySuffixes[s.toks[k].text] }
	switch {
	case j+1 < len(s.toks) && s.toks[j].text == "," && suffix(j+1):
		return j + 2
	case j+3 < len(s.toks) && s.toks[j].text == "(" && (s.toks[j+1].key() == "pvt" || s.toks[j+1].key() == "private") && s.toks[j+2].text == ")" && suffix(j+3):
		return j + 4
	}
	return j
}

// headedRun reports whether the capitalised words from j hold a body's
// head noun: after "and", the name of another body, not the last item of
// a list inside one ("Ministry of Health and Family Welfare").
func (s *passage) headedRun(j int) bool {
	for ; j < len(s.toks) && s.isOrgWord(j); j++ {
		if s.has(j, fOrgHead) {
			return true
		}
	}
	return false
}

// officeRun reports capitalised words from j that end in an office:
// "Foreign Minister" after "… Commission, and".
func (s *passage) officeRun(j int) bool {
	for j < len(s.toks) && s.isOrgWord(j) && !s.roleModifier(j) {
		j++
	}
	return j < len(s.toks) && s.roleModifier(j) && isCap(s.toks[j])
}

// officeEnds reports a run of office words from j right after "of" or
// "of the" that nothing capitalised follows: the end of a body's name, not
// an office after it ("Department of Justice Senior Counsel").
func (s *passage) officeEnds(j int) bool {
	if s.ofBefore(j) < 0 {
		return false
	}
	for j < len(s.toks) && s.roleModifier(j) && isCap(s.toks[j]) {
		j++
	}
	// a possessive after the office closes the body's name too:
	// "Department of Justice’s Bureau of …"
	return j >= len(s.toks) || !s.isOrgWord(j)
}

// officeCloses reports a run of office words from j, no person's title,
// that ends the capitalised words of a body's complement: "Office of the
// U.S. Trade Representative", "Office of the National Economic
// Prosecutor" (but not "… Justice Senior Counsel Jane Doe", an office
// before a name).
func (s *passage) officeCloses(j int) bool {
	for j < len(s.toks) && s.roleModifier(j) && isCap(s.toks[j]) {
		if s.owner[j] >= 0 {
			return false
		}
		j++
	}
	return j >= len(s.toks) || !s.toks[j].word || isLowerWord(s.toks[j]) && !s.has(j, fName)
}

// acronymFollows reports whether the capitalised words from j end in a
// bracketed acronym: "Lightships (DGLL)".
func (s *passage) acronymFollows(j int) bool {
	for j < len(s.toks) && s.isOrgWord(j) {
		j++
	}
	_, close := s.bracketAcronym(j)
	return close >= 0
}

// bracketAcronym reads an acronym in brackets at token i, "(IMF)" or
// "(International IDEA)", and returns it and the index of its ")", or -1.
func (s *passage) bracketAcronym(i int) (string, int) {
	if i+2 >= len(s.toks) || s.toks[i].text != "(" {
		return "", -1
	}
	if isAcronym(s.toks[i+1]) && s.toks[i+2].text == ")" {
		return s.toks[i+1].text, i + 2
	}
	if i+3 < len(s.toks) && isCap(s.toks[i+1]) && s.toks[i+1].word && isAcronym(s.toks[i+2]) && s.toks[i+3].text == ")" {
		return span(s.text, s.toks, i+1, i+3), i + 3
	}
	return "", -1
}

// listGoesOn reports whether the comma at j continues a list of
// capitalised words inside a name, one that ends with "and" and another
// capitalised word: ", Planning, and Economic Development", ", Highways,
// Ports and Civil Aviation".
func (s *passage) listGoesOn(j int) bool {
	for k := j; k < len(s.toks) && s.toks[k].text == ","; {
		k++
		if k < len(s.toks) && s.toks[k].key() == "and" {
			return k+1 < len(s.toks) && s.isOrgWord(k+1) && !s.officeRun(k+1) // ", and Tourism", not ", and the" nor ", and Foreign Minister"
		}
		words := k
		for k < len(s.toks) && s.isOrgWord(k) && !s.roleModifier(k) {
			if isAcronym(s.toks[k]) || s.has(k, fOrgHead) {
				return false // another body: ", ONGC and …", ", Department of …"
			}
			k++
		}
		if k == words || k+1 >= len(s.toks) {
			return false
		}
		if s.toks[k].key() == "and" {
			return s.isOrgWord(k + 1)
		}
	}
	return false
}

// connectorRun reports that tokens [i, j) are all connectors.
func connectorRun(s *passage, i, j int) bool {
	for k := i; k < j; k++ {
		t := s.toks[k]
		if !(getLex().orgConnectors[fold(t.text)] && (isLowerWord(t) || t.text == "&") || t.text == ",") {
			return false
		}
	}
	return true
}

// hasHeadIn reports an organisation head noun among tokens [i, j).
func (s *passage) hasHeadIn(i, j int) bool {
	for k := i; k < j; k++ {
		if s.has(k, fOrgHead) {
			return true
		}
	}
	return false
}

// expansionStart finds where the name defined by the acronym in
// parentheses at token paren starts.
func (s *passage) expansionStart(paren int) int {
	l := getLex()
	k := paren
	// one lower-case word may end the name right before its acronym:
	// "Special Committee on the COVID-19 pandemic (COVI)", "Employment
	// and Social Affairs committee (EMPL)"
	if k >= 2 && isLowerWord(s.toks[k-1]) && !l.orgConnectors[s.toks[k-1].key()] && !s.has(k-1, fConn) &&
		(isCap(s.toks[k-2]) || isAcronym(s.toks[k-2])) && s.toks[k-2].word {
		k--
	}
	for k > 0 {
		t := s.toks[k-1]
		f := fold(t.text)
		if t.word && (isCap(t) || isAcronym(t) || unicode.IsDigit([]rune(t.text)[0])) && (s.flags[k-1]&fStop == 0 || s.placeGoesOn(k-1)) && !capPreps[t.key()] || s.has(k-1, fOrgHead) {
			k--
			continue
		}
		if (t.word && l.orgConnectors[f] && isLowerWord(t) || t.text == "&" || s.slashJoin(k-1)) && k-2 >= 0 {
			k--
			continue
		}
		break
	}
	for k < paren && !(isCap(s.toks[k]) || isAcronym(s.toks[k])) {
		k++
	}
	// a capitalised word the lexicon takes for no name ("Joint", "New")
	// opens the name when the acronym spells it, or, as before a head
	// noun (orgMentions), when it is one of nameStops inside the sentence:
	// "Joint Expeditionary Force (JEF)", "New Development Bank (NDB)", not
	// "Development Bank"; "the Joint United Nations Programme on HIV/AIDS
	// (UNAIDS)"
	if acr, _ := s.bracketAcronym(paren); acr != "" && k < paren && !s.initialsSpell(k, paren, acr) {
		for j := k - 1; j >= 0 && j >= k-2 && s.toks[j].word && isCap(s.toks[j]); j-- {
			if s.initialsSpell(j, paren, acr) {
				k = j
				break
			}
		}
	}
	if k >= 2 && k < paren && s.has(k-1, fStop) && isCap(s.toks[k-1]) && nameStops[s.toks[k-1].key()] && s.owner[k-1] < 0 &&
		(isLowerWord(s.toks[k-2]) || s.toks[k-2].key() == "the" || isPossessive(s.toks[k-2]) || s.toks[k-2].text == ",") {
		k--
	}
	// drop an office before the body: "Chairman of the Board of Investment"
	head := -1
	for i := k; i < paren; i++ {
		if s.has(i, fOrgHead) {
			head = i
			break
		}
	}
	if head > 0 {
		for i := head - 1; i >= k; i-- {
			if s.has(i, fRole) && !s.has(i, fOrgHead) {
				k = i + 1
				break
			}
		}
	}
	for k < paren && !(isCap(s.toks[k]) || isAcronym(s.toks[k])) {
		k++
	}
	if k >= paren {
		return -1
	}
	// "California State University, Monterey Bay (CSUMB)": a campus or
	// branch is named with its place after a comma, and only an acronym
	// that the initials of both spell tells it from a list of bodies
	if acr, _ := s.bracketAcronym(paren); acr != "" && k >= 2 && s.toks[k-1].text == "," && !s.initialsSpell(k, paren, acr) {
		j := k - 1
		for j > 0 && s.toks[j-1].word && (isCap(s.toks[j-1]) || s.has(j-1, fConn)) {
			j--
		}
		for ; j < k-1; j++ {
			if isCap(s.toks[j]) && s.initialsSpell(j, paren, acr) {
				return j // (past a sentence's "The")
			}
		}
	}
	// "NASA and the Federal Aviation Administration (FAA)": when the
	// initials of the words after an "and" spell the acronym and those
	// of the whole run do not, the name starts after the "and"
	if acr, _ := s.bracketAcronym(paren); acr != "" && !s.initialsSpell(k, paren, acr) {
		for k2 := k + 1; k2 < paren; k2++ {
			if f := s.toks[k2-1].key(); (f == "and" || f == "the" && k2 >= 2 && s.toks[k2-2].key() == "and") && isCap(s.toks[k2]) && s.initialsSpell(k2, paren, acr) {
				return k2
			}
		}
		// "and the" before another headed name joins two bodies, not the
		// words of one name: "Treasury and the Cyber Security Council of
		// the United Arab Emirates (CSC)", but "… Defense of Competition
		// and the Protection of Intellectual Property (INDECOPI)"
		for k2 := paren - 1; k2 > k+1; k2-- {
			if s.toks[k2-1].key() == "the" && s.toks[k2-2].key() == "and" && isCap(s.toks[k2]) && s.headedRun(k2) {
				return k2
			}
		}
	}
	return k
}

// initialsSpell reports whether the initials of the capitalised words of
// tokens [i, j) spell acr.
func (s *passage) initialsSpell(i, j int, acr string) bool {
	return capInitials(s.toks[i:j]) == strings.ToUpper(acr)
}

// capInitials returns the first letters of the capitalised words of
// toks, in capitals.
func capInitials(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		if isCap(t) {
			r, _ := utf8.DecodeRuneInString(t.text)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
