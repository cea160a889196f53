package briefing

import (
	"slices"
	"sort"
	"strings"

	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/summarize"
)

// analysis holds the passages of a document and what was found in them.
type analysis struct {
	d        *summarize.Document
	arena    *passageArena // holds the document's passages
	title    *passage      // nil when the document has no title line
	segs     []*passage    // title, headings and meta blocks first (index -1), then sentences
	sents    []*passage    // one per sentence
	persons  []*person
	orgs     []*org
	home     string // the country named most often
	mentions []*pmention
	wordSets map[string][]string // sorted distinct words of a text, for nearDuplicate
	nextMay  []bool              // by sentence: may state a next step (outcomeExamples tells; nil: not told)
	// omentions are the bodies the rules found in each of segs, and
	// spanned the capitalised spans proposed besides (names_orgs.go).
	omentions [][]*omention
	spanned   []*org
	lower     map[string]bool // words written in lower case, for lowerShare
	// initials are the text's runs of words as initials, for
	// acronymOfThing (orgs_acronyms.go)
	initials [][]initialUnit
	alone    map[string]bool // words without a capitalised word before them, for personFeatures
	// offBodies are the bodies named inside persons' offices, for
	// officeBodies (names_orgs.go)
	offBodies map[string]bool
	// namePrefixes are the first words of the candidate bodies' names,
	// for orgFeatures (names_orgs.go)
	namePrefixes map[string]bool
	// afterThe are the capitalised words the text writes after "the",
	// for withArticles (names_orgs.go: writesAfterThe)
	afterThe map[string]bool
	// joined is the passages' texts joined by line breaks, for textHas
	// (nil until it is asked)
	joined *string
}

type person struct {
	name, title, role, country string
	key                        []string
	mentions                   []string
	indices                    []int
	first                      int
	contact                    bool // named in the sign-off or contact block
	borrowed                   bool // role is a counterpart's office (pmention.borrowed), which an office stated elsewhere replaces
	roleNamed                  bool // role runs on into another person's name (roleNamesOther), which any office stated elsewhere replaces
}

type org struct {
	name     string
	aliases  []string
	indices  []int
	inRole   bool // every mention lies in a person's office
	definite bool
	key      string
	spanned  bool     // proposed as a capitalised span, not by the rules
	st       orgStats // what its mentions look like, for the organisation model
}

// analyse runs the annotators (pipeline.go) over the document.
func analyse(d *summarize.Document) *analysis {
	a := &analysis{d: d, arena: passageArenas.Get().(*passageArena)}
	for _, an := range annotators {
		an.run(a)
	}
	return a
}

// readPassages makes the passages of the document, tokenised and marked
// by the gazetteers: the title, headings, short meta lines and source
// lines first, then every sentence.
func (a *analysis) readPassages() {
	d := a.d
	bytes := len(d.Title) + len(d.Place)
	for _, bl := range d.Blocks {
		bytes += len(bl.Text)
	}
	for _, s := range d.Sentences {
		bytes += len(s.Text)
	}
	a.arena.reserve(2+len(d.Blocks)+len(d.Sentences), bytes)
	newPassage := a.arena.passage
	if d.Title != "" && !d.TitleInferred {
		a.title = newPassage(d.Title, -1)
		a.segs = append(a.segs, a.title)
	}
	// The place of a dateline the document reader took off the first
	// paragraph ("Vienna, Austria, 24 June 2021--") names the host state
	// a meeting's parties include: annotators list it.
	if d.Place != "" {
		a.segs = append(a.segs, newPassage(d.Place, -1))
	}
	for _, bl := range d.Blocks {
		// a source line names a body too ("Source: Qatar News Agency")
		source := bl.Kind == summarize.Caption && summarize.IsSourceLine(bl.Text)
		if bl.Kind == summarize.Heading || bl.Kind == summarize.Meta && !isLinkLine(bl.Text) || source {
			if len(bl.Text) < 400 {
				text, prose := bl.Text, false
				if bl.Kind == summarize.Meta {
					text, prose = summarize.DistributorLine(text)
				}
				seg := newPassage(text, -1)
				seg.prose = prose
				a.segs = append(a.segs, seg)
			}
		}
	}
	for _, s := range d.Sentences {
		seg := newPassage(s.Text, s.Index)
		a.sents = append(a.sents, seg)
		a.segs = append(a.segs, seg)
	}
	apos := false
	for _, s := range a.segs {
		apos = apos || hasApostrophe(s.text)
	}
	if apos {
		return
	}
	words := &docWords{segs: a.segs}
	for _, s := range a.segs {
		s.docWords = words
	}
}

func isLinkLine(s string) bool {
	return strings.Contains(s, "](") || strings.Contains(s, "http")
}

func keySubset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if sameNameWord(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameNameWord reports two folded name words that write one name: equal,
// one with the suffix of respect "ji" ("Modiji"), or spelled apart by a
// letter or two in a long word, as releases misspell names
// ("Disanayake", "Dissanayake", "Disanayaka"; "Zelenksyy"; "Holders" for
// "Holder"). Two people of one document rarely have names that close.
func sameNameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) >= 3 && b == a+"ji" || len(b) >= 3 && a == b+"ji" {
		return true
	}
	if len(a) >= 4 && b == a+"s" || len(b) >= 4 && a == b+"s" {
		return true // a possessive without its apostrophe: "Janet Renos"
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	d := min(len(a), len(b))
	return d >= 6 && editDistance(a, b, 2) <= min(2, d/4)
}

// editDistance is the optimal string alignment distance of a and b (edits
// of a byte and swaps of neighbours), or limit+1 when it exceeds limit.
func editDistance(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nameKey is the words of a name that identify it: without particles and
// "Jr.", and initials written together apart ("K.S." is "K. S.").
func nameKey(ws []string) []string {
	var out []string
	for _, w := range ws {
		if len(w) == 0 || getLex().particles[w] || w == "jr" || w == "sr" {
			continue
		}
		if out == nil {
			out = make([]string, 0, len(ws)) // one allocation for most names (nil stays nil)
		}
		if strings.Contains(w, ".") && len(w) <= 5 {
			for p := range strings.SplitSeq(w, ".") {
				if p != "" {
					out = append(out, p)
				}
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// link finds the person a name refers to: one whose name holds all its
// words, or shares its surname and has a compatible first name ("Joe
// Biden", "Joseph R. Biden, Jr.").
func (a *analysis) link(key []string) *person { return a.linkAs(key, "", "") }

// linkAs is link for a mention with an honorific and an office: a surname
// that two people of the document share is the one whose office or
// honorific fits ("President Trump", "Mr. Trump" with Donald and Melania
// Trump).
func (a *analysis) linkAs(key []string, title, role string) *person {
	if len(key) == 0 {
		return nil
	}
	last := key[len(key)-1]
	var found []*person
	for _, p := range a.persons {
		if len(p.key) == 0 {
			continue
		}
		pl := p.key[len(p.key)-1]
		ok := false
		sameLast := sameNameWord(pl, last)
		switch {
		case sameLast && (keySubset(key, p.key) || keySubset(p.key, key)):
			ok = true
		case len(key) >= 2 && keySubset(key, p.key), len(p.key) >= 2 && keySubset(p.key, key):
			ok = true
		case sameLast && len(key) >= 2 && len(p.key) >= 2 && commonPrefix(key[0], p.key[0]) >= 2:
			ok = true
		case len(key) == 1 && len(p.key) >= 2 && slices.Contains(p.key, last):
			// "Premier Li" for Li Qiang, "President Bongo" for Ali Bongo
			// Ondimba: a surname first or in the middle (kept only when
			// it names one person)
			ok = true
		case len(p.key) == 1 && len(key) >= 2 && slices.Contains(key, pl):
			// the same, the short form first: "President Lula", then
			// "President Luiz Inácio Lula da Silva"
			ok = true
		}
		if ok {
			found = append(found, p)
		}
	}
	if len(found) == 1 || len(found) > 1 && len(key) > 1 {
		return found[0]
	}
	if len(found) > 1 && (title != "" || role != "") {
		var fit []*person
		for _, p := range found {
			if (role == "" || sameOffice(role, p.role)) && !otherSex(title, p.title) {
				fit = append(fit, p)
			}
		}
		if len(fit) == 1 {
			return fit[0]
		}
	}
	return nil
}

// roleNamesOther reports an office that holds another person's name right
// after a word of its own: "U.S. Secretary of State Kerry", read for the
// name before it from a headline in title case ("Secretary-General Roe
// Meet U.S. Secretary of State Kerry"), "Administrator Power and Foreign
// Minister" from "Administrator Power and Foreign Minister Roe". key is
// the person's own name, names the full names of the document's
// mentions. A name after a function word belongs to a body's name: "of
// the Red Cross".
func roleNamesOther(role string, key []string, names [][]string) bool {
	ws := words(role)
	stop := getLex().stopCaps
	for _, n := range names {
		if keySubset(n, key) || keySubset(key, n) {
			continue
		}
		last := n[len(n)-1]
		for i, w := range ws {
			if w != last {
				continue
			}
			st := i
			for st > 0 && slices.Contains(n, ws[st-1]) {
				st--
			}
			if st > 0 && !stop[ws[st-1]] {
				return true
			}
		}
	}
	return false
}

// sameOffice reports an office whose last word stands in another:
// "President" in "President of the United States of America".
func sameOffice(role, other string) bool {
	ws := words(role)
	return len(ws) > 0 && slices.Contains(words(other), ws[len(ws)-1])
}

// otherSex reports two honorifics that say a man and a woman: "Mr." and
// "Mrs.".
func otherSex(a, b string) bool {
	sa, sb := honorificSex(a), honorificSex(b)
	return sa != 0 && sb != 0 && sa != sb
}

// honorificSex is 1 for an honorific of a man, 2 of a woman, 0 for
// neither or unknown (names.txt [honorifics-of-men], [honorifics-of-women]).
func honorificSex(t string) int {
	for _, w := range words(t) {
		if sex := getLex().honorificSexes[w]; sex != 0 {
			return sex
		}
	}
	return 0
}

// possessiveOf reports a name key that is another's with an "s" on its
// last word, a possessive written without its apostrophe ("Eric Holders
// meeting"): the other is the name.
func possessiveOf(key, other []string) bool {
	return len(key) == len(other) && len(key) > 0 && key[len(key)-1] == other[len(other)-1]+"s"
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func (a *analysis) findPersons() {
	base := 0
	for _, s := range a.segs {
		ms := s.personMentions(base)
		base += len(s.toks) + 1
		a.mentions = append(a.mentions, ms...)
	}
	a.cutHeadlineNames()
	keys := make([][]string, len(a.mentions))
	var names [][]string // the full names the mentions give, for roleNamesOther
	for i, m := range a.mentions {
		keys[i] = nameKey(m.key)
		if len(keys[i]) >= 2 {
			names = append(names, keys[i])
		}
	}
	// document order: title first, then sentences; headings after title
	for i, m := range a.mentions {
		key := keys[i]
		if len(key) == 0 {
			continue
		}
		p := a.linkAs(key, m.title, m.role)
		if p == nil {
			p = &person{key: key, first: m.seg.index}
			a.persons = append(a.persons, p)
		}
		if len(key) > len(p.key) || p.name == "" || possessiveOf(p.key, key) {
			p.key = key
			p.name = m.name
			if m.title != "" {
				p.title = m.title
			}
		}
		if p.title == "" {
			p.title = m.title
		}
		switch {
		case m.role != "" && roleNamesOther(m.role, key, names):
			if p.role == "" || p.roleNamed && len(m.role) > len(p.role) {
				p.role, p.borrowed, p.roleNamed = m.role, m.borrowed, true
			}
		case m.borrowed:
			if p.role == "" || p.roleNamed || p.borrowed && len(m.role) > len(p.role) {
				p.role, p.borrowed, p.roleNamed = m.role, true, false
			}
		case m.role != "" && p.roleNamed || len(m.role) > len(p.role) || p.borrowed && m.role != "":
			p.role, p.borrowed, p.roleNamed = m.role, false, false
		}
		if p.country == "" && m.country != "" {
			p.country = m.country
		}
		addMention(&p.mentions, strings.TrimPrefix(strings.TrimPrefix(m.surface, "the "), "The "))
		addIndex(&p.indices, m.seg.index)
	}
	// later bare mentions: "Finer", "Piyush Goyal" in an embedded post
	type fullName struct {
		key  []string
		name string
	}
	fullNames := map[*person][]fullName{} // the full names a person known by the surname alone is also named by
	for _, s := range a.segs {
		for _, sp := range s.nameSpans() {
			i, j := sp[0], sp[1]
			if s.owner[i] >= 0 {
				continue
			}
			_, i, _ = s.peelTitle(i, j)
			key := nameKey(words(span(s.text, s.toks, i, j)))
			p := a.link(key)
			if p == nil {
				continue
			}
			if len(p.key) == 1 && len(key) > 1 && sameNameWord(key[len(key)-1], p.key[0]) && givenNames()[key[0]] {
				fullNames[p] = append(fullNames[p], fullName{key, span(s.text, s.toks, i, j)})
			}
			addMention(&p.mentions, span(s.text, s.toks, sp[0], j))
			addIndex(&p.indices, s.index)
			for k := sp[0]; k < j; k++ {
				s.owner[k] = linkedMention
			}
		}
	}
	for p, fulls := range fullNames {
		// "Senator Collins" first, "Susan Collins" later: the person is
		// named by the full name, when one full name alone is found and
		// it opens with a common given name (not "Outer Space" for a
		// "Director Space" misread)
		// ("President Trump" with "Donald Trump" and "Melania Trump"
		// keeps the surname)
		if !slices.ContainsFunc(fulls, func(f fullName) bool { return !slices.Equal(f.key, fulls[0].key) }) {
			p.key, p.name = fulls[0].key, fulls[0].name
		}
	}
	a.officeWordSurnames()
	a.nameBlocks()
	a.signOff()
	a.home = a.homeCountry()
	for _, p := range a.persons {
		a.fillCountry(p)
	}
}

// cutHeadlineNames ends a name read in a title or a heading after the
// surname of a person the sentences name, when its last word is no
// surname of theirs: a headline in title case runs the name on into its
// verb ("Secretary Roe Applauds Grant Awards" over a text about Jane Roe).
// The words kept must all be words of that person's name.
func (a *analysis) cutHeadlineNames() {
	var named [][]string // the names of the sentences' mentions
	for _, m := range a.mentions {
		if key := nameKey(m.key); m.seg.index >= 0 && len(key) > 0 {
			named = append(named, key)
		}
	}
	// a name of the sentences ends with the key's last word
	endsNamed := func(key []string, whole bool) bool {
		return slices.ContainsFunc(named, func(n []string) bool {
			return sameNameWord(n[len(n)-1], key[len(key)-1]) && (!whole || keySubset(key, n))
		})
	}
	for _, m := range a.mentions {
		key := nameKey(m.key)
		if m.seg.index >= 0 || len(key) < 2 || endsNamed(key, false) {
			continue
		}
		s := m.seg
		for e := m.end - 1; e > m.start; e-- {
			cut := words(span(s.text, s.toks, m.start, e))
			if k := nameKey(cut); len(k) > 0 && endsNamed(k, true) {
				if before, ok := strings.CutSuffix(m.surface, m.name); ok {
					m.surface = before + span(s.text, s.toks, m.start, e)
				}
				m.end, m.name, m.key = e, span(s.text, s.toks, m.start, e), cut
				break
			}
		}
	}
}

// linkedMention is the owner of a token that a later mention linked to a
// person found before (passage.owner holds mention indices otherwise).
const linkedMention = 1 << 30

// officeWordSurnames links a later mention by office and surname whose
// surname is also an office or an honorific, so no name word: "Senator
// King" of "Angus King (I-Maine)", "Bishop" of "Rep. Mary Bishop". The
// word must follow an office or an honorific, end the run of capitalised
// words, and be the last word of one person's name of two words or more.
func (a *analysis) officeWordSurnames() {
	// the persons of two name words or more by their last word; nil where
	// two people share it
	bySurname := map[string]*person{}
	for _, p := range a.persons {
		if len(p.key) < 2 {
			continue
		}
		last := p.key[len(p.key)-1]
		if _, seen := bySurname[last]; seen {
			bySurname[last] = nil
		} else {
			bySurname[last] = p
		}
	}
	for _, s := range a.segs {
		for k := 1; k < len(s.toks); k++ {
			t := s.toks[k]
			if !t.word || !isCap(t) || s.has(k, fName) || s.owner[k] >= 0 || s.roleOf[k] || s.has(k+1, fName) ||
				!(s.has(k-1, fRole) || s.isHonorificEnd(k-1)) || !s.has(k, fRole|fWord) {
				continue
			}
			found := bySurname[t.key()]
			if found == nil {
				continue
			}
			st := s.titleBefore(k - 1)
			if rs, _ := s.roleBefore(k-1, false); rs >= 0 && rs < st {
				st = rs
			}
			addMention(&found.mentions, span(s.text, s.toks, st, k+1))
			addIndex(&found.indices, s.index)
			s.owner[k] = linkedMention
		}
	}
}

// signOff reads the names of a release's sign-off or media-contact
// block, the short lines after its running text: "Abhijith Narayanan",
// "Samrat/Allen" before the language links; "Faith McKie / Roxana Bardan",
// "Headquarters, Washington", "202-358-1600", "faith.mckie@nasa.gov". The
// scheme lists these people (with no office), though the block is no
// sentence of the brief. A name line opens the block or follows a contact
// entry's address; a short line with an office after it is its office
// ("Ebba Kalondo", "Spokesperson to the Chairperson").
func (a *analysis) signOff() {
	bl := a.d.Blocks
	start := len(bl)
	for i := len(bl) - 1; i >= 0 && i >= len(bl)-maxContactLines; i-- {
		if !contactLine(bl[i]) {
			break
		}
		start = i
	}
	offices := make([]string, len(bl)-start) // each line of the block read as an office, once
	for i := range offices {
		offices[i] = officeLine(strings.TrimSpace(bl[start+i].Text))
	}
	opens := true // the next line may open a contact entry
	for i := start; i < len(bl); i++ {
		t := strings.TrimSpace(bl[i].Text)
		if isLinkLine(t) || t == "" {
			continue
		}
		if addressLine(t) {
			opens = true
			continue
		}
		names, title := signOffNames(t)
		if names == nil {
			// an office may stand on the line before its holder's name:
			// "Foreign Ministry Official Spokesman", "Dr. Ahmed Al-Sahaf"
			opens = offices[i-start] != ""
			continue
		}
		if !opens {
			continue
		}
		opens = false
		role := ""
		if i > start {
			role = offices[i-1-start]
		}
		if i+1 < len(bl) && bl[i+1].Kind != summarize.Paragraph && offices[i+1-start] != "" {
			role = offices[i+1-start]
		}
		for _, name := range names {
			key := nameKey(words(name))
			if p := a.link(key); p != nil {
				p.contact = true
				if p.role == "" && len(names) == 1 {
					p.role = role
				}
				continue
			}
			a.persons = append(a.persons, &person{name: name, key: key, title: title, role: role, mentions: []string{name}, indices: []int{}, first: len(a.d.Sentences), contact: true})
			title = "" // the honorific is the first name's
		}
	}
}

// nameBlocks gives a person named alone on a line the office written on
// the lines under the name, as hearing witness lists and signatory blocks
// write them ("The Honorable Jane Roe" / "Assistant Secretary" / "Bureau of
// East Asian and Pacific Affairs" / "U.S. Department of State"): the first
// line is an office, and at most two more short lines that name a body or
// an office complete it. A person with an office already keeps it.
func (a *analysis) nameBlocks() {
	bl := a.d.Blocks
	for i := 0; i+1 < len(bl); i++ {
		names, title := signOffNames(rankedName(strings.TrimSpace(bl[i].Text)))
		if len(names) != 1 {
			continue
		}
		office := officeLine(strings.TrimSpace(bl[i+1].Text))
		if office == "" {
			continue
		}
		parts := []string{office}
		for k := i + 2; k < len(bl) && k <= i+3; k++ {
			t := strings.TrimSpace(bl[k].Text)
			if n, _ := signOffNames(t); n != nil || !bodyLine(t) {
				break
			}
			parts = append(parts, t)
		}
		key := nameKey(words(names[0]))
		p := a.link(key)
		if p == nil {
			// a letter's signature inside the text ("Yours sincerely,",
			// "Jane Roe, C.D.", "Secretary to the Governor General"):
			// the name and the office under it are a sign-off's, when
			// the name is a person's by its honorific, its letters or a
			// common given name (not a label: "News Release" over "Office
			// of the Spokesperson")
			line := strings.TrimSpace(bl[i].Text)
			if len(key) < 2 || title == "" && trimLetters(line) == line && !startsWithGivenName(words(names[0])) {
				continue
			}
			a.persons = append(a.persons, &person{name: names[0], key: key, title: title, role: strings.Join(parts, ", "), mentions: []string{names[0]}, indices: []int{}, first: len(a.d.Sentences), contact: true})
			continue
		}
		if p.role == "" || bareOfficeWord(p.role) {
			// a rank of one word ("Ambassador Jane Roe") gives way to
			// the office under the name
			p.role = strings.Join(parts, ", ")
		}
	}
}

// rankedName returns the name after an office of one word that opens a
// line ("Ambassador Jane Roe" over "U.S. Representative to the United
// Nations"): the rank she holds the office under the name with; or the
// line as it is.
func rankedName(t string) string {
	first, rest, ok := strings.Cut(t, " ")
	if !ok || !startsUpper(first) {
		return t
	}
	if n, _ := getLex().roleHeads.matchWord(first); n != 1 {
		return t
	}
	return rest
}

// bodyLine reports a short line, no sentence, that names a body or an
// office: "Bureau of East Asian and Pacific Affairs".
func bodyLine(t string) bool {
	if len(t) > 80 || endsSentence(t) {
		return false
	}
	r := newPassage(t, -1)
	for k := range r.toks {
		if r.has(k, fOrgHead|fRole) {
			return true
		}
	}
	return false
}

// officeLine returns a sign-off line that is an office and nothing else
// ("Spokesperson to the Chairperson", "Minister of Foreign Affairs of
// Latvia"), or "".
func officeLine(t string) string {
	if len(t) > maxOfficeLine {
		return "" // a paragraph that happens to end without a full stop
	}
	if r := newPassage(t, -1); r.hasRole(0, len(r.toks)) && !endsSentence(t) {
		if names, _ := signOffNames(t); names == nil {
			return t
		}
	}
	return ""
}

// maxOfficeLine bounds the bytes of an office written on its own line
// under a name: longer than all but 7 of the 5,559 roles annotated in the
// corpus and the dev set (most run to fifteen words at most: "Assistant
// Secretary of State for Oceans and International Environmental and
// Scientific Affairs").
const maxOfficeLine = 160

// endsSentence reports a line that ends as a sentence does: no name,
// office or address of a contact block.
func endsSentence(t string) bool { return t == "" || strings.ContainsAny(t[len(t)-1:], ".:!?") }

// maxContactLines bounds the lines of a sign-off or contact block.
const maxContactLines = 8

// contactLine reports a block that can stand in a sign-off or contact
// block: a link, an e-mail address or telephone number, or a short line
// that is no sentence of the text (a name, an office, an address).
func contactLine(b summarize.Block) bool {
	t := strings.TrimSpace(b.Text)
	if t == "" || isLinkLine(t) || addressLine(t) {
		return true
	}
	if len(t) > 80 {
		return false
	}
	if tt := trimLetters(t); tt != t {
		// a name with its letters ("Jane A. Roe, M.D., Ph.D."), whose
		// last full stop made it a paragraph
		names, _ := signOffNames(tt)
		return names != nil
	}
	if b.Kind != summarize.Meta && b.Kind != summarize.Heading {
		return false
	}
	return !endsSentence(t)
}

// addressLine reports a line of e-mail addresses or telephone numbers:
// "faith.mckie@nasa.gov / roxana.bardan@nasa.gov", "202-358-1600".
func addressLine(t string) bool {
	digits, mail := 0, false
	for f := range strings.FieldsSeq(t) { // (no slice of a whole paragraph's words)
		switch {
		case f == "/" || f == "|":
		case strings.Contains(f, "@"):
			mail = true
		default:
			for _, r := range f {
				if r >= '0' && r <= '9' {
					digits++
				} else if !strings.ContainsRune("+-().", r) {
					return false
				}
			}
		}
	}
	return mail || digits >= 7
}

// signOffNames returns the names of a sign-off line, one or more names
// apart by slashes each of whose words could be part of a person's name,
// or nil; and the honorific the line opens with ("Dr. Ahmed Mahjoob").
func signOffNames(t string) ([]string, string) {
	if len(t) > 80 || !startsUpper(t) { // (signOffRE asks an upper-case letter first too)
		return nil, ""
	}
	t = trimLetters(t)
	s := newPassage(t, -1)
	title := ""
	lead, _ := getLex().honorifics.match(s.toks, 0)
	if lead > 0 {
		if lead < len(s.toks) && s.toks[lead].text == "." {
			lead++
		}
		title = span(s.text, s.toks, 0, lead)
		if lead == len(s.toks) {
			return nil, ""
		}
	}
	// the name after the honorific has the shape of one ("The Honorable
	// Jane A. Roe": the honorific's words do not count)
	if !signOffRE.MatchString(strings.TrimSpace(t[len(title):])) {
		return nil, ""
	}
	for k, tok := range s.toks[lead:] {
		if tok.word && !s.has(lead+k, fName) {
			return nil, ""
		}
	}
	var out []string
	rest := t[len(title):]
	for _, name := range strings.Split(rest, "/") {
		if name = strings.TrimSpace(name); len(nameKey(words(name))) > 0 {
			out = append(out, name)
		}
	}
	return out, title
}

// trimLetters returns a sign-off line without the post-nominal letters
// after its name and a comma: a degree, an order, a decoration written
// dotted ("Jane A. Roe, M.D., Ph.D.", "John Roe, C.D."), which a name
// line has no comma for otherwise; or the line as it is.
func trimLetters(t string) string {
	if !strings.Contains(t, ",") {
		return t
	}
	s := newPassage(t, -1)
	e := len(s.toks)
	for e >= 2 {
		k := e - 1
		switch {
		case k >= 1 && s.postNominalLen(k-1) == 2:
			k--
		case s.postNominalLen(k) == 1 || isInitial(s.toks[k]) && strings.Count(s.toks[k].text, ".") >= 2:
		default:
			k = -1
		}
		if k < 1 || s.toks[k-1].text != "," {
			break
		}
		e = k - 1
	}
	if e == len(s.toks) || e < 2 {
		return t
	}
	return t[:s.toks[e-1].end]
}

var signOffRE = lazyre.New(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?:\s*/\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}){0,3}$`)

func addMention(list *[]string, m string) {
	m = strings.TrimSpace(m)
	if m == "" {
		return
	}
	for _, x := range *list {
		if x == m {
			return
		}
	}
	*list = append(*list, m)
}

func addIndex(list *[]int, i int) {
	if i < 0 {
		return
	}
	for _, x := range *list {
		if x == i {
			return
		}
	}
	*list = append(*list, i)
}

// homeCountry is the country named at least twice as often as any other,
// or "".
func (a *analysis) homeCountry() string {
	count := map[string]int{}
	var order []string
	for _, s := range a.segs {
		for _, c := range s.cms {
			if count[c.name] == 0 {
				order = append(order, c.name)
			}
			count[c.name]++
		}
	}
	best, second := "", 0
	for _, c := range order {
		if best == "" || count[c] > count[best] {
			if best != "" {
				second = count[best]
			}
			best = c
		} else if count[c] > second {
			second = count[c]
		}
	}
	if count[best] < 2*second {
		return "" // no country clearly dominates: do not guess
	}
	return best
}

var groupRE = mustFiltered(`(?i)(?:representing\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)|(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:was|were)\s+represented\s+by|the\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:delegation|team|side)\s+(?:was\s+led\s+by|included|comprised|consisted))`)

// fillCountry decides whom a person represents: a country in the office,
// the group the sentence lists them under, or the document's main country.
func (a *analysis) fillCountry(p *person) {
	if p.country != "" {
		return
	}
	if p.role != "" {
		if c := representedIn(p.role); c != "" {
			p.country = c
			return
		}
	}
	for _, idx := range p.indices {
		if m := groupRE.FindStringSubmatch(a.d.Sentences[idx].Text); m != nil {
			for _, g := range m[1:] {
				if g == "" {
					continue
				}
				if c := representedIn(g); c != "" {
					p.country = c
					return
				}
			}
		}
	}
	p.country = a.home
}

// representedIn returns the country, or else the known international body,
// that a phrase (an office, a delegation) names first, or "".
func representedIn(phrase string) string {
	s := newPassage(phrase, -1)
	if len(s.cms) > 0 {
		return s.cms[0].name
	}
	l := getLex()
	for i := range s.toks {
		if n, full := l.known.match(s.toks, i); n > 0 {
			return full
		}
	}
	return ""
}

func (a *analysis) findOrgs() {
	l := getLex()
	byKey := map[string]*org{}
	var all []*omention
	var segOf []*passage
	for _, s := range a.segs {
		ms := s.orgMentions()
		for _, m := range ms {
			// "Viet Nam – India Joint Committee" (pairedCountryStart)
			if st := s.pairedCountryStart(m.start); st < m.start && m.alias == "" && !m.short && m.name == span(s.text, s.toks, m.start, m.end) {
				m.start, m.name = st, span(s.text, s.toks, st, m.end)
			}
		}
		a.omentions = append(a.omentions, ms)
		for _, m := range ms {
			all = append(all, m)
			segOf = append(segOf, s)
		}
	}
	get := func(name string) *org {
		k := strings.Join(words(name), " ")
		if o := byKey[k]; o != nil {
			return o
		}
		for _, o := range a.orgs {
			for _, al := range o.aliases {
				if strings.Join(words(al), " ") == k {
					return o
				}
			}
		}
		return nil
	}
	// the country's complement each body was first written with: the
	// same ministry of two countries is two bodies ("Ministry of Foreign
	// Affairs of Estonia" and "… of Lithuania"), the annotation lists both
	ofCountry := map[*org]string{}
	// full names first, so that acronyms and short forms can attach
	for pass := 0; pass < 2; pass++ {
		for i, m := range all {
			if m.short != (pass == 1) {
				continue
			}
			o := get(m.name)
			if m.ofCountry {
				if p := get(m.alias); p != nil {
					o = p
				} else if c := ofCountry[o]; o != nil && c != "" && c != m.alias {
					if o.name == m.name {
						// the first body keeps its country too; its short
						// name, now the form of two bodies, is no alias of
						// either (the annotation gives it to the one the
						// text is about, which the names do not tell)
						o.aliases = slices.DeleteFunc(o.aliases, func(al string) bool { return al == c })
						o.name, o.key = c, strings.Join(words(c), " ")
						byKey[o.key] = o
					}
					o = &org{name: m.alias, key: strings.Join(words(m.alias), " "), inRole: true, indices: []int{}}
					byKey[o.key] = o
					a.orgs = append(a.orgs, o)
				}
			}
			if o == nil && m.acronym != "" {
				o = get(m.acronym)
			}
			if o == nil && m.alias != "" {
				o = get(m.alias)
			}
			if o == nil {
				o = &org{name: m.name, key: strings.Join(words(m.name), " "), inRole: true, indices: []int{}}
				byKey[o.key] = o
				a.orgs = append(a.orgs, o)
				if k, ok := l.knownOrgs[m.name]; ok {
					for _, al := range k.aliases {
						if a.textHas(al) {
							addMention(&o.aliases, al)
						}
					}
				}
			}
			if m.acronym != "" {
				addMention(&o.aliases, m.acronym)
				o.definite = true
			}
			if m.alias != "" && m.alias != o.name {
				addMention(&o.aliases, m.alias)
			}
			if m.ofCountry && ofCountry[o] == "" {
				ofCountry[o] = m.alias
			}
			if !m.inRole && !m.nameOnly {
				o.inRole = false
			}
			o.st.add(segOf[i], m)
			addIndex(&o.indices, segOf[i].index)
		}
	}
	// a short form of a longer name: "Working Group" for "Working Group on
	// Military Cooperation"; but a known body is not the short form of one
	// of its parts ("United Nations", "United Nations Security Council"),
	// nor is the body a longer name belongs to (parentOf: "Harbour
	// Forum" of "Harbour Forum Steering Committee")
	for _, o := range a.orgs {
		if _, known := l.knownOrgs[o.name]; known {
			continue
		}
		for _, p := range a.orgs {
			if p != o && o.key != "" && p.key != "" && strings.HasPrefix(p.key, o.key+" ") && !o.definite && !parentOf(p.name, o.name) {
				mergeOrg(p, o)
				break
			}
		}
	}
	// lone uses of a defined acronym: "The IRIGC-M&MTC serves …"
	for _, o := range a.orgs {
		for _, al := range o.aliases {
			if !isAcronym(token{text: al, word: true}) {
				continue
			}
			for _, s := range a.sents {
				for _, t := range s.toks {
					if t.text == al {
						addIndex(&o.indices, s.index)
					}
				}
			}
		}
	}
	// "X Government" and "Government of X" are one body
	for _, o := range a.orgs {
		if rest, ok := strings.CutPrefix(o.name, "Government of "); ok {
			for _, p := range a.orgs {
				if p != o && p.name == rest+" Government" {
					addMention(&o.aliases, p.name)
					p.key = "" // merged
					o.inRole = o.inRole && p.inRole
				}
			}
		}
	}
	// short forms in context: "Parliament" for the European Parliament
	for _, sf := range l.short {
		ok := false
		for _, c := range sf.context {
			if a.textHas(c) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		if o := get(sf.full); o != nil {
			addMention(&o.aliases, sf.short)
			continue
		}
		for _, s := range a.sents {
			// (a body's tokens are found only in a sentence that writes
			// the short form: orgTokens finds its bodies again)
			var in []bool
			for k, t := range s.toks {
				if t.text != sf.short {
					continue
				}
				if in == nil {
					in = a.orgTokens(s)
				}
				if !in[k] {
					o := &org{name: sf.full, aliases: []string{sf.short}, key: strings.Join(words(sf.full), " "), indices: []int{s.index}}
					a.orgs = append(a.orgs, o)
					byKey[o.key] = o
					break
				}
			}
			if get(sf.full) != nil {
				break
			}
		}
	}
}

// textHas reports whether one of the document's passages contains s.
// The aliases of every well-known body the text names are asked, a few
// hundred a document: they are looked for in the passages joined once,
// by line breaks, which none of them holds (a text with one is looked for
// passage by passage), not in each passage in turn.
func (a *analysis) textHas(s string) bool {
	if s == "" || strings.Contains(s, "\n") {
		for _, seg := range a.segs {
			if strings.Contains(seg.text, s) {
				return true
			}
		}
		return false
	}
	if a.joined == nil {
		texts := make([]string, len(a.segs))
		for i, seg := range a.segs {
			texts[i] = seg.text
		}
		joined := strings.Join(texts, "\n")
		a.joined = &joined
	}
	return strings.Contains(*a.joined, s)
}

// parties turns what was found into the brief's lists.
func (a *analysis) parties() Parties {
	ps := Parties{Persons: []Person{}, Organisations: []Organisation{}, Countries: []Country{}}
	m, err := builtinNameModel() // a stale model fails TestNameModelFresh
	if err != nil {
		m = nil
	}
	ps.Persons = SelectPersons(a.personCandidates(), m)
	if m != nil {
		ps.Organisations = SelectOrgs(a.orgCandidates(), m)
	} else {
		for _, o := range a.orgs {
			if o.key == "" || o.inRole && !o.definite {
				continue
			}
			idx := append([]int{}, o.indices...)
			sort.Ints(idx)
			ps.Organisations = append(ps.Organisations, Organisation{Name: o.name, Aliases: nonNil(o.aliases), Indices: idx})
		}
	}
	// countries: mentions outside the names of bodies
	lx := getLex()
	type cinfo struct {
		c       *Country
		count   int
		printed bool // c.Name is a short name the text wrote
	}
	seen := map[string]*cinfo{}
	var order []string
	// the states the text names, for the bare forms that stand for them
	named := map[string]bool{}
	for _, s := range a.segs {
		for _, cm := range s.cms {
			named[cm.name] = true
		}
	}
	for _, s := range a.segs {
		if len(s.cms) == 0 {
			continue // no country named: its bodies (orgTokens finds them again) are not asked
		}
		inOrg := a.orgTokens(s)
		for _, cm := range s.cms {
			if st := lx.shortened[cm.form]; st != "" && named[st] {
				cm.name = st // "Congo" in a text on the Democratic Republic of the Congo
			}
			ci := seen[cm.name]
			if ci == nil {
				ci = &cinfo{c: &Country{Name: cm.name, Mentions: []string{}, Indices: []int{}}}
				seen[cm.name] = ci
				order = append(order, cm.name)
			}
			addMention(&ci.c.Mentions, cm.surface)
			// the state's name as the text first writes it, where the
			// text uses one of its short names: "Czechia", not Czech
			// Republic
			if n, ok := lx.shortNames[cm.form]; ok && !ci.printed {
				ci.c.Name, ci.printed = n, true
			}
			// (a body's name that opens inside the mention holds it
			// too: "Republic of Türkiye Ministry of Foreign Affairs")
			if !inOrg[cm.tok] && !inOrg[cm.end-1] && !s.countryHeadsBody(cm) {
				ci.count++
				addIndex(&ci.c.Indices, s.index)
			}
		}
	}
	for _, n := range order {
		if seen[n].count > 0 {
			c := *seen[n].c
			sort.Ints(c.Indices)
			ps.Countries = append(ps.Countries, c)
		}
	}
	return ps
}

// countryHeadsBody reports a country's mention that opens a capitalised
// name ending in a body's head noun, whether or not the organisation
// rules took the name: "Republic Of Türkiye Ministry Of Foreign Affairs",
// "Indian Army". A government or a mission stands for its country
// ("Indian Government", "US Embassy").
func (s *passage) countryHeadsBody(cm countryMention) bool {
	l := getLex()
	for k := cm.end; k < len(s.toks) && k < cm.end+5; k++ {
		t := s.toks[k]
		if !t.word || !isCap(t) && !ofOrFor(t.key()) {
			return false
		}
		if l.orgHeads[t.key()] {
			return !countryHead[t.key()]
		}
	}
	return false
}

// countryHead are the head nouns of bodies that stand for their country.
var countryHead = map[string]bool{"government": true, "embassy": true, "consulate": true}

// ofOrFor reports the words that join an office or a body to its
// complement: "Minister of", "Ministry for".
func ofOrFor(w string) bool { return w == "of" || w == "for" }

// orgTokens marks the tokens of s that lie inside a body's name.
func (a *analysis) orgTokens(s *passage) []bool {
	in := make([]bool, len(s.toks))
	for _, m := range s.orgMentions() {
		if m.known && m.short || m.inRole || standsForCountry(m.name) {
			continue // a bare acronym, a body inside a person's office, "Government of India"
		}
		// the pair of countries that names a mechanism names its parties:
		// "US-UK Strategic Energy Dialogue"
		for k := s.pairEnd(m.start); k < m.end && k < len(in); k++ {
			in[k] = true
		}
	}
	return in
}

// standsForCountry reports the name of a body that a country's mention in
// it still counts for: its government or its mission abroad.
func standsForCountry(name string) bool {
	for _, p := range getLex().countryBodies {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return strings.HasSuffix(name, " Government")
}

func nonNil[T any](x []T) []T {
	if x == nil {
		return []T{}
	}
	return x
}
