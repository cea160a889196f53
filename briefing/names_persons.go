package briefing

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/summarize"
)

// The person model: the rules of persons.go find people by their titles
// and offices; a run of name words without either ("Vladimir Putin met
// …") is proposed besides, and a logistic model over general features of
// each proposed person (its shape, whether the text also writes its words
// in lower case, how often it comes back) decides which the brief lists.
// internal/cmd/trainnames fits it with the organisation model.

// personFeatureNames name the features of a proposed person, in the order
// personFeatures computes them.
var personFeatureNames = []string{
	"rule",            // found by the rules (with a title or an office)
	"title",           // an honorific or rank before the name
	"role",            // an office stated with the name
	"country",         // a country it represents
	"log_words",       // log of the number of words of the name
	"one_word",        // the name is one word
	"lower_elsewhere", // share of its words the text also writes in lower case
	"headline_only",   // named only in the title or headings
	"log_mentions",    // log of 1 + the number of passages naming it
	"lexicon_words",   // share of its words that are offices, head nouns or capitalised function words
	"hyphen",          // a hyphenated word: "Kang Kyung-wha"
	"odd_char",        // a digit or a full stop in a word that is no initial
	"surname_again",   // its last word comes back on its own
	"spanned",         // proposed as a run of name words, not by the rules
	"said",            // followed by a verb of saying: "Putin said"
	"given_name",      // its first word that is no office or honorific is a common given name
	"contact_block",   // named in the sign-off or media-contact block after the text, or credits a photograph
	"lone_word",       // a capitalised word alone: "Jill and I"
	"lower_office",    // a run of name words with an office in lower case in apposition: "Jane Roe, U.S. ambassador to Chile"
	"after_the",       // a run of name words after "the": "the Summer Olympics", "the Royal Mail"
	"noun_ending",     // a run of name words with a word that ends as English nouns and adjectives do: "Autumn Statement", "Royal Audience"
}

// PersonFeatureNames returns the names of the person model's features.
func PersonFeatureNames() []string { return append([]string(nil), personFeatureNames...) }

// PersonCandidate is a person proposed for the brief, with the person
// model's features.
type PersonCandidate struct {
	Person
	Features []float64
	Span     bool // a run of name words, not a person the rules found
}

// PersonCandidates returns the persons proposed in d, in order of first
// mention: what internal/cmd/trainnames labels and fits the model on.
func PersonCandidates(d *summarize.Document) []PersonCandidate {
	if d == nil {
		return nil
	}
	return analyse(d).personCandidates()
}

// SelectPersons returns the candidates model m lists, in their order: what
// New lists with the built-in model. A model without a person scorer
// lists the rules' persons.
func SelectPersons(cands []PersonCandidate, m *NameModel) []Person {
	out := []Person{}
	for _, c := range cands {
		keep := !c.Span
		if m != nil && len(m.Persons.Features) > 0 {
			keep = m.Persons.Probability(c.Features) >= m.Persons.Threshold
		}
		if keep {
			out = append(out, c.Person)
		}
	}
	return out
}

// spanPerson is a run of name words the rules did not take for a person.
type spanPerson struct {
	name     string
	mentions []string
	indices  []int
	said     int
	role     string // an office in apposition, in lower case: "Jane Roe, U.S. ambassador to Chile"
	lone     bool   // one word: "Jill and I"
	credit   bool   // a photograph's credit: "NASA/Bill Ingalls", or a by-line
	unit     string // a by-line's office or unit after the name: "By Jane Roe, USTP System STRATCOMM"
	afterThe bool   // "the" before a mention: "the Diamond Princess"
}

// locativePreps put a place after them, seldom a person: of the runs of
// two capitalised words after them in the annotated texts, about one in
// four hundred is a person's name.
var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "across": true, "throughout": true, "outside": true, "inside": true}

var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "added": true, "noted": true, "wrote": true}

func (a *analysis) personCandidates() []PersonCandidate {
	var out []PersonCandidate
	// a name the linker could not tie to one person (a surname two
	// people share: "President Trump" with "Donald Trump" and "Melania
	// Trump") comes back once per mention; same name, one candidate
	byName := map[string]int{}
	possessive := map[int]bool{} // out[k] is named by a possessive so far
	contact := map[int]bool{}    // out[k] is named in the contact block
	keys := map[string]bool{}
	for _, p := range a.persons {
		keys[strings.Join(words(p.name), " ")] = true
	}
	for _, p := range a.persons {
		if placeName(p.name) {
			continue
		}
		key := strings.Join(words(p.name), " ")
		poss := false
		if base, ok := strings.CutSuffix(key, "s"); ok && keys[base] && !strings.HasSuffix(base, "s") {
			// a possessive without its apostrophe, as some texts write
			// them: "Eric Holders meeting" is Eric Holder's
			key, poss = base, true
		}
		if k, ok := byName[key]; ok {
			c := &out[k]
			if possessive[k] && !poss {
				c.Name, possessive[k] = p.name, false
			}
			for _, m := range p.mentions {
				addMention(&c.Mentions, m)
			}
			for _, i := range p.indices {
				addIndex(&c.Indices, i)
			}
			if len(p.role) > len(c.Role) {
				c.Role = p.role
			}
			if c.Title == "" {
				c.Title = p.title
			}
			if c.Country == "" {
				c.Country = p.country
			}
			contact[k] = contact[k] || p.contact
			continue
		}
		byName[key] = len(out)
		contact[len(out)] = p.contact
		possessive[len(out)] = poss
		out = append(out, PersonCandidate{Person: Person{Name: p.name, Title: p.title, Role: p.role, Country: p.country,
			Mentions: append([]string{}, nonNil(p.mentions)...), Indices: append([]int{}, p.indices...)}})
	}
	for k := range out {
		sort.Ints(out[k].Indices)
		out[k].Features = a.personFeatures(out[k].Person, 0, false, contact[k])
	}
	for _, sp := range a.spanPersons() {
		if placeName(sp.name) {
			continue
		}
		idx := append([]int{}, sp.indices...)
		sort.Ints(idx)
		c := PersonCandidate{Person: Person{Name: sp.name, Mentions: sp.mentions, Indices: idx}, Span: true}
		c.Features = a.personFeatures(c.Person, float64(sp.said)/float64(max(len(sp.indices), 1)), true, sp.credit)
		n := len(c.Features)
		c.Features[n-4] = b2f(sp.lone)
		c.Features[n-3] = b2f(sp.role != "")
		c.Features[n-2] = b2f(sp.afterThe)
		c.Features[n-1] = b2f(nounEnding(words(sp.name)))
		// the office in lower case is shown, not weighed: the role
		// feature was learned on the offices the rules read
		c.Role = sp.role
		if c.Role == "" {
			c.Role = sp.unit
		}
		out = append(out, c)
	}
	return out
}

// spanPersons finds runs of at least two name words in sentences that no
// person, body or country claimed.
func (a *analysis) spanPersons() []*spanPerson {
	byKey := map[string]*spanPerson{}
	var out []*spanPerson
	for si, s := range a.segs {
		heading := s.index < 0
		if heading && !(len(s.toks) > 2 && s.toks[0].text == "By") && s.contactLabelEnd() < 0 && !s.hasSlash() && !s.hasPhone() {
			continue // titles and headings are in title case (a by-line, a contact line or a photograph's credit read as a heading gives its names alone)
		}
		in := make([]bool, len(s.toks))
		if si < len(a.omentions) {
			for _, m := range a.omentions[si] {
				for k := m.start; k < m.end && k < len(in); k++ {
					in[k] = true
				}
			}
		}
		for _, sp := range s.nameSpans() {
			i, j := sp[0], sp[1]
			lone := j-i == 1 && s.loneName(i)
			photographer := j-i == 1 && s.photoCreditSurname(i) && s.creditAt(i, j)
			if (j-i < 2 || j-i > 4) && !lone && !photographer {
				continue
			}
			if j+2 < len(s.toks) && s.toks[j].text == "(" && isAcronym(s.toks[j+1]) && s.toks[j+2].text == ")" {
				continue // a name whose acronym is defined names a thing: "Long-Term Generation Expansion Plan (LTGEP)"
			}
			if !lone && namesInstrument(s.toks[j-1].key()) {
				continue // a given name opening an agreement's or a plan's name: "Abraham Accords", "Marshall Plan"
			}
			if i >= 2 && s.toks[i-1].key() == "of" && (s.has(i-2, fRole) || isLowerRoleHead(s, i-2)) {
				continue // where an office is held, not its holder: "the mayor of El Paso said"
			}
			if i >= 1 && locativePreps[s.toks[i-1].key()] && !(j < len(s.toks) && isPossessive(s.toks[j])) {
				continue // a place: "in Santa Fe", "at Pearl Harbor" (but "at Jane Roe’s invitation")
			}
			credit := j-i >= 2 && s.creditAt(i, j) || photographer
			if heading && !credit {
				continue
			}
			free := true
			for k := i; k < j; k++ {
				// an initial between name words is a middle name's
				// ("Jane Q. Roe"); at a run's edge it is a state's or a
				// body's abbreviation as often ("U.S. Army")
				middle := k > i && k < j-1 && !isInitial(s.toks[k-1]) && s.toks[k-1].word && !isAcronym(s.toks[k-1]) && s.has(k-1, fName) && s.has(k+1, fName) && !isInitial(s.toks[k+1])
				if s.owner[k] >= 0 || in[k] || isInitial(s.toks[k]) && !credit && !middle {
					free = false
				}
			}
			if !free {
				continue
			}
			name := span(s.text, s.toks, i, j)
			ws := words(name) // once: each is a tokenization
			nk := nameKey(ws)
			key := strings.Join(nk, " ")
			if key == "" || a.link(nk) != nil {
				continue
			}
			p := byKey[key]
			if p == nil {
				p = sameSpanPerson(out, nk)
			}
			if p == nil {
				p = &spanPerson{name: name}
				out = append(out, p)
			} else if len(ws) > len(words(p.name)) {
				p.name = name // the fuller form: "Tomas Yarrington Ruvalcaba"
			}
			byKey[key] = p
			addMention(&p.mentions, name)
			addIndex(&p.indices, s.index)
			p.lone = lone
			p.afterThe = p.afterThe || i > 0 && s.toks[i-1].key() == "the"
			p.credit = p.credit || credit
			if j < len(s.toks) && sayingVerbs[s.toks[j].key()] {
				p.said++
			}
			if p.role == "" {
				p.role = s.lowerRoleAfter(j)
			}
			if p.role == "" {
				p.role = s.servesAsRole(j)
			}
			if credit && p.unit == "" && s.byLine(i) {
				p.unit = s.byLineUnit(j)
			}
		}
	}
	a.surnameServesAs(out)
	return out
}

// surnameServesAs gives a span person with no office the one a clause
// after a later mention by the surname alone says is held now: "Jane Roe
// was re-elected … Roe, a Swedish national, has served as the president
// of the Fund since 2001" (servesAsRole). The surname must be one span
// person's alone.
func (a *analysis) surnameServesAs(out []*spanPerson) {
	if !slices.ContainsFunc(out, func(p *spanPerson) bool { return p.role == "" }) {
		return // most documents: no office to look for
	}
	bySurname := map[string]*spanPerson{}
	for _, p := range out {
		pk := nameKey(words(p.name))
		if len(pk) < 2 {
			continue
		}
		last := pk[len(pk)-1]
		if _, seen := bySurname[last]; seen {
			bySurname[last] = nil
		} else {
			bySurname[last] = p
		}
	}
	for _, s := range a.segs {
		if s.index < 0 {
			continue
		}
		for _, sp := range s.nameSpans() {
			i, j := sp[0], sp[1]
			if j-i != 1 || s.owner[i] >= 0 && s.owner[i] != linkedMention {
				continue
			}
			k := nameKey(words(span(s.text, s.toks, i, j)))
			if len(k) != 1 {
				continue
			}
			if p := bySurname[k[0]]; p != nil && p.role == "" {
				p.role = s.servesAsRole(j)
			}
		}
	}
}

// namesInstrument reports a folded word, or its plural, that names what an
// act produces (outcome-signals.txt [instrument]: agreement, accord, plan,
// fund, initiative …) or is a body's head or an event noun: a run of name
// words ending in one names a thing, not a person.
func namesInstrument(w string) bool {
	for _, f := range []string{w, strings.TrimSuffix(w, "s")} {
		if actSignals()[f]&actInstrument != 0 {
			return true
		}
	}
	return thingWord(w)
}

// creditAt reports a run of name words [i, j) that credits a photograph at
// the end of its caption: after a slash ("(NASA/Bill Ingalls)", "NASA /
// Bill Stafford") or "Credit:", and before the passage's end or another
// slash ("Credit: Jane Roe/Government Offices").
func (s *passage) creditAt(i, j int) bool {
	if s.byLine(i) && s.byLineEnd(j) {
		return true // a by-line: "By Jane Roe, Strategic Communication Office"
	}
	if s.contactAt(i, j) {
		return true
	}
	end := j == len(s.toks) || s.toks[j].text == "/" || j == len(s.toks)-1 && (s.toks[j].text == "." || s.toks[j].text == ")")
	if !end || i == 0 {
		return false
	}
	if s.toks[i-1].text == "/" {
		return true
	}
	return i >= 2 && s.toks[i-1].text == ":" && photoLabel(s.toks[i-2])
}

// phoneNumberAt reports text that opens, after an optional comma and
// spaces, with a telephone number of the North American plan: "(202)
// 555-0100", "202-555-0100", "202.555.0100", "+1 202 555 0100".
func phoneNumberAt(t string) bool {
	t = strings.TrimLeft(t, " \t")
	t = strings.TrimPrefix(t, ",")
	t = strings.TrimLeft(t, " \t")
	t = strings.TrimPrefix(t, "+1 ")
	t = strings.TrimPrefix(t, "1-")
	digits := func(n int) bool {
		if len(t) < n {
			return false
		}
		for _, r := range t[:n] {
			if r < '0' || r > '9' {
				return false
			}
		}
		t = t[n:]
		return true
	}
	sep := func() {
		if t != "" && (t[0] == '-' || t[0] == '.' || t[0] == ' ') {
			t = t[1:]
		}
	}
	if strings.HasPrefix(t, "(") {
		t = t[1:]
		if !digits(3) || !strings.HasPrefix(t, ")") {
			return false
		}
		t = t[1:]
	} else if !digits(3) {
		return false
	}
	sep()
	if !digits(3) || t == "" || t[0] != '-' && t[0] != '.' && t[0] != ' ' {
		return false
	}
	t = t[1:]
	return digits(4) && (t == "" || t[0] < '0' || t[0] > '9')
}

// hasPhone reports a passage with a telephone number right after a
// word: a press contact's line ("Jane Roe (202) 555-0100").
func (s *passage) hasPhone() bool {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k-1].word && phoneNumberAt(s.text[s.toks[k-1].end:]) {
			return true
		}
	}
	return false
}

// hasSlash reports a passage with a slash, which may credit a photograph
// ("WHO/Jane Roe", "Photo: Jane Roe/Agency").
func (s *passage) hasSlash() bool {
	return slices.ContainsFunc(s.toks, func(t token) bool { return t.text == "/" })
}

// photoCreditSurname reports a word at i after the slash of a photograph's
// credit that a label opens ("Photo: Government/Roe", "Photo Agency/Roe"):
// the photographer, often named by the surname alone; but not after a
// name of two words or more, which credits the photographer first and
// the agency after the slash ("Credit: Jane Roe/Agency").
func (s *passage) photoCreditSurname(i int) bool {
	if i < 2 || s.toks[i-1].text != "/" {
		return false
	}
	named := 0 // name words right before the slash
	for k := i - 2; k >= 0 && s.has(k, fName) && !photoLabel(s.toks[k]); k-- {
		named++
	}
	if named >= 2 {
		return false
	}
	for k := max(i-6, 0); k < i-1; k++ {
		if photoLabel(s.toks[k]) {
			return true
		}
	}
	return false
}

// photoLabel reports a word that labels a photograph's credit.
func photoLabel(t token) bool {
	switch t.key() {
	case "photo", "photos", "photograph", "credit", "credits":
		return true
	}
	return false
}

// contactLabelEnd returns the token after the colon of a contact line's
// label ("Contact:", "Media Contacts:", "CONTACT:", "Contact Information:",
// "News Media Contact(s):"), the label of a line that names a release's
// press contacts; or -1.
func (s *passage) contactLabelEnd() int {
	contact := false
	for k := 0; k < len(s.toks) && k <= 6; k++ {
		switch s.toks[k].key() {
		case "contact", "contacts":
			contact = true
		case ":":
			if contact && k > 0 {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// contactAt reports a run of name words [i, j) that names a press contact
// on a contact line ("Contact: Jane Roe, 202-555-0100; John Doe,
// john.doe@example.gov"): right after the label, or after a mark that
// closes the entry before; and ending the line, or before a comma,
// semicolon, slash, bracket, number or capitals (an office's acronym, "FOR
// IMMEDIATE RELEASE").
//
// A name followed by a telephone number names a press contact with or
// without a label: "Jane Roe (202) 555-0100", "Media Contact(s): Jane
// Roe, 202-555-0100" on a line after the label.
func (s *passage) contactAt(i, j int) bool {
	if j < len(s.toks) && j > 0 && phoneNumberAt(s.text[s.toks[j-1].end:]) {
		return true
	}
	l := s.contactLabelEnd()
	if l < 0 || i < l {
		return false
	}
	if i > l {
		switch s.toks[i-1].text {
		case ";", "/", "|":
		case ",":
			// the next contact after a comma: "Contacts: Jane Roe,
			// John Doe" (after a name, not after an office)
			if !s.has(i-2, fName) || s.has(i-2, fRole|fOrgHead) {
				return false
			}
		default:
			return false
		}
	}
	if j == len(s.toks) {
		return true
	}
	t := s.toks[j]
	return !t.word || isAcronym(t) || t.text[0] >= '0' && t.text[0] <= '9'
}

// byLine reports a name at token i that opens a by-line ("By Jane Roe")
// or follows its first author ("By Jane Roe & John Doe").
func (s *passage) byLine(i int) bool {
	if i < 1 || s.toks[0].text != "By" {
		return false
	}
	if i == 1 {
		return true
	}
	f := s.toks[i-1].key()
	return i >= 3 && (f == "&" || f == "and") && s.has(i-2, fName)
}

// byLineEnd reports what may end an author's name in a by-line at token
// j: the passage's end, a comma before the author's office or unit, "&"
// or "and" before a second author, a dash before the agency ("By Jane Roe
// - Trend").
func (s *passage) byLineEnd(j int) bool {
	if j == len(s.toks) {
		return true
	}
	switch t := s.toks[j]; t.text {
	case ",", "&", "and":
		return true
	default:
		return isDash(t) || t.text == "-"
	}
}

// byLineUnit returns the office or unit after an author's name ending at
// token j in a by-line: ", USTP System STRATCOMM" up to a second author
// ("&", "and") or the passage's end, in capitalised words; or "".
func (s *passage) byLineUnit(j int) string {
	if j >= len(s.toks) || s.toks[j].text != "," {
		return ""
	}
	k := j + 1
	for k < len(s.toks) && s.toks[k].text != "&" && s.toks[k].key() != "and" {
		if t := s.toks[k]; t.word && !isCap(t) && !s.has(k, fConn) && !getLex().particles[t.key()] || !t.word && t.text != "," {
			return ""
		}
		k++
	}
	for k > j+1 && (s.toks[k-1].text == "," || s.has(k-1, fConn)) {
		k--
	}
	if k == j+1 || s.startsPerson(j+1) {
		return ""
	}
	return span(s.text, s.toks, j+1, k)
}

// sameSpanPerson returns the run of name words in ps that is the same
// person as key: one of at least two words whose words all stand in the
// other's, with the same first word ("Tomas Yarrington", "Tomas
// Yarrington Ruvalcaba"), or nil.
func sameSpanPerson(ps []*spanPerson, key []string) *spanPerson {
	if len(key) < 2 {
		return nil
	}
	for _, p := range ps {
		pk := nameKey(words(p.name))
		if len(pk) < 2 || !sameNameWord(pk[0], key[0]) {
			continue
		}
		if keySubset(key, pk) || keySubset(pk, key) {
			return p
		}
	}
	return nil
}

// placeName reports a name of two words or more that ends as a street's,
// a waterway's or a landmark's does ("Clifton Road", "Downing Street",
// "Pearl Harbor"): no person, though an office or a given name may stand
// before it ("First Minister … Downing Street", "Jim Moore Boulevard").
func placeName(name string) bool {
	w := strings.Fields(name)
	return len(w) >= 2 && getLex().placeEndings[fold(w[len(w)-1])]
}

// loneName reports a capitalised word at i, alone, that names a person in
// "X and I" ("Jill and I are heartbroken"): a word no lexicon knows (a
// name word), no acronym or initial. A surname alone in other places
// ("Putin’s war", "ensuring Putin fails") was proposed too, with the
// features of a possessive and of a subject, and lowered persons F1 left
// out by publisher (the places and common words that stand so outnumber
// the surnames, and most of the surnames come from one publisher).
func (s *passage) loneName(i int) bool {
	t := s.toks[i]
	if !s.has(i, fName) || isInitial(t) || isAcronym(t) || len(t.text) < 3 || strings.ContainsAny(t.text, "-.’'") {
		return false
	}
	if i > 0 && (isCap(s.toks[i-1]) || s.toks[i-1].key() == "the") {
		return false
	}
	return i+2 < len(s.toks) && s.toks[i+1].key() == "and" && s.toks[i+2].text == "I"
}

// servesAsRole returns the office that a clause after the name at e says
// the person holds now, in lower case or in capitals: "Roe, a Swedish
// national, has served as the president of the Fund since 2001", "Roe, a
// native of Ohio, currently serves as the Bank's executive vice
// president"; up to the next comma, the clause's end or a word of time;
// or "". A past "served as" is left out: it is mostly an office held
// before.
func (s *passage) servesAsRole(e int) string {
	j := e
	if j < len(s.toks) && s.toks[j].text == "," { // past an apposition between commas
		k := j + 1
		for k < len(s.toks) && k <= j+maxApposWords && s.toks[k].word {
			k++
		}
		if k >= len(s.toks) || s.toks[k].text != "," {
			return ""
		}
		j = k + 1
	}
	if j < len(s.toks) && s.toks[j].key() == "currently" {
		j++
	}
	switch {
	case j < len(s.toks) && s.toks[j].key() == "serves":
		j++
	case j+1 < len(s.toks) && s.toks[j].key() == "has" && s.toks[j+1].key() == "served":
		j += 2
	default:
		return ""
	}
	if j >= len(s.toks) || s.toks[j].key() != "as" {
		return ""
	}
	j++
	if j < len(s.toks) && s.toks[j].key() == "the" {
		j++
	}
	if k := s.officeWordsEnd(j, timeWords, true); k > j {
		return span(s.text, s.toks, j, k)
	}
	return ""
}

// timeWords end an office read after "serves as": "… since 2001".
var timeWords = map[string]bool{"since": true, "until": true, "from": true, "for": true}

// lowerRoleAfter returns an office written in lower case in apposition
// after token e: ", U.S. ambassador to Uruguay", ", the minister of
// foreign affairs", up to the next comma or the clause's end; or "".
func (s *passage) lowerRoleAfter(e int) string {
	e = s.pastLetters(e) // "Jane Roe, Ph.D., NOAA assistant administrator"
	if e+1 >= len(s.toks) || s.toks[e].text != "," {
		return ""
	}
	start := e + 1
	switch s.toks[start].key() {
	case "who", "which", "that", "and", "or", "but", "while", "whose", "where", "when":
		return "" // a clause or the list's next item: "…, who will become chairman"
	}
	if k := s.officeWordsEnd(start, nil, false); k > start {
		return span(s.text, s.toks, start, k)
	}
	return ""
}

// officeWordsEnd returns the end of the words of an office that starts at
// token start: words, hyphens, apostrophes, "&" and possessives (a
// possessive goes on to the body: "director of NOAA’s Fisheries
// Service"), up to a relative clause ("…, a tsunami expert who was named
// …"), a word of stop or other punctuation. It returns start when the
// words hold no office's head (in lower case, or with caps an office word
// in capitals too) or run to maxApposWords, which a clause does.
func (s *passage) officeWordsEnd(start int, stop map[string]bool, caps bool) int {
	head := false
	k := start
	for ; k < len(s.toks) && k < start+maxApposWords; k++ {
		t := s.toks[k]
		if !t.word && t.text != "-" && t.text != "’" && t.text != "'" && t.text != "&" && !isPossessive(t) {
			break
		}
		if k > start && (relativeWords[t.key()] || stop[t.key()]) {
			break
		}
		if isLowerRoleHead(s, k) || caps && s.has(k, fRole) && isCap(t) {
			head = true
		}
	}
	if !head || k >= start+maxApposWords {
		return start
	}
	return k
}

// maxApposWords bounds the words of an office in lower case in apposition:
// "director of international relations and head of the Chilean delegation"
// has eleven; more run into a clause.
const maxApposWords = 14

// relativeWords open a relative clause, which ends an apposition before it.
var relativeWords = map[string]bool{"who": true, "whose": true, "which": true}

// nounEndings are endings of English nouns and adjectives made from other
// words (-tion, -ment, -ance, -ity …), which few family names have: a run
// of name words with such a word names a thing, an event or a place
// ("Autumn Statement", "Royal Audience", "Vesa Equity"). Not "-al" nor
// "-ness", which end family names too ("Marshal", "Goyal", "Holness").
var nounEndings = []string{"tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence", "ences", "ity", "ities",
	"ship", "ships", "ism", "isms", "ure", "ures", "ive", "ives", "ful", "ics", "ory", "ories"}

// nounEnding reports folded words of which one, of five letters or more
// and no common given name ("Florence", "Clarence"), ends as nouns and
// adjectives made from other words do.
func nounEnding(ws []string) bool {
	for _, w := range ws {
		if len(w) < 5 || givenNames()[w] {
			continue
		}
		for _, e := range nounEndings {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}

// givenNames are the common given names of given-names.txt (generated from
// published baby-name counts by internal/cmd/gennames), read once.
var givenNames = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("given-names.txt")[""])
})

// startsWithGivenName reports a name whose first word that is no office,
// honorific or head noun is a common given name: "Faith Lee", "Treasurer
// Jim Kay", not "Supply Chain".
func startsWithGivenName(ws []string) bool {
	l := getLex()
	tok := make([]token, 1)
	for _, w := range ws {
		f := fold(w)
		tok[0] = token{text: w, word: true}
		if n, _ := l.honorifics.match(tok, 0); n > 0 || l.roleWords[f] || l.orgHeads[f] || l.stopCaps[f] {
			continue
		}
		if n, _ := l.roleHeads.match(tok, 0); n > 0 {
			continue
		}
		return givenNames()[f]
	}
	return false
}

func (a *analysis) personFeatures(p Person, said float64, spanned, contact bool) []float64 {
	l := getLex()
	ws := words(p.Name)
	nw := max(len(ws), 1)
	headline := true
	for _, i := range p.Indices {
		if i >= 0 {
			headline = false
		}
	}
	lex, hyphen, odd := 0, false, false
	for _, w := range ws {
		f := fold(w)
		if l.roleWords[f] || l.orgHeads[f] || l.stopCaps[f] {
			lex++
		}
		if strings.Contains(w, "-") {
			hyphen = true
		}
		if strings.ContainsAny(w, "0123456789") {
			odd = true
		}
	}
	if strings.HasSuffix(p.Name, ".") && len(ws) > 0 && len(ws[len(ws)-1]) > 2 {
		odd = true // "Thank You."
	}
	again, lower := 0.0, 0.0
	if contact {
		// the contact's e-mail address spells the name in lower case
		// and its surname alone: no sign that the name is a word
	} else if len(ws) > 1 {
		if a.alone == nil {
			// words that stand without a capitalised word before them
			a.alone = make(map[string]bool, lowerWordsHint(a.sents))
			for _, s := range a.sents {
				for k, t := range s.toks {
					if t.word && (k == 0 || !isCap(s.toks[k-1])) {
						a.alone[t.key()] = true
					}
				}
			}
		}
		if a.alone[ws[len(ws)-1]] {
			again = 1
		}
	}
	if !contact {
		// a name's particles are written in lower case by the name
		// itself ("van der Berg", "bin Salman"): not a sign of a word
		var core []string
		for _, w := range ws {
			if !l.particles[fold(w)] {
				core = append(core, w)
			}
		}
		lower = a.lowerShare(core)
	}
	return []float64{
		b2f(!spanned),
		b2f(p.Title != ""),
		b2f(p.Role != ""),
		b2f(p.Country != ""),
		math.Log(float64(nw)),
		b2f(len(ws) == 1),
		lower,
		b2f(headline),
		math.Log1p(float64(len(p.Indices))),
		float64(lex) / float64(nw),
		b2f(hyphen),
		b2f(odd),
		again,
		b2f(spanned),
		said,
		b2f(startsWithGivenName(ws)),
		b2f(contact),
		0, // lone_word: set by personCandidates for runs of name words
		0, // lower_office: likewise
		0, // after_the: likewise
		0, // noun_ending: likewise
	}
}
