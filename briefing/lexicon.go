package briefing

import (
	"math/bits"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/relit"
	"github.com/brief-dev/brief/internal/vocab"
)

// phraseSet matches sequences of tokens against a list of phrases. Keys are
// folded token texts (see fold).
type phraseSet struct {
	byFirst map[string][]phraseEntry
	value   map[string]string // joined key -> payload
	maxLen  int
	// firstShapes are those of the keys of byFirst: most tokens start no
	// phrase and are settled without a look-up (matchEnding asks at up to
	// maxLen tokens for every token of a text).
	firstShapes wordShapes
	// capsExact: a phrase whose first word is written in capitals without
	// a full stop ("HE" for His Excellency) matches only that word in
	// capitals, not the pronoun "He" or the surname of "He Lifeng".
	capsExact bool
}

func newPhraseSet() *phraseSet {
	return &phraseSet{byFirst: map[string][]phraseEntry{}, value: map[string]string{}}
}

// phraseEntry is one phrase of a set: its keys, and its payload (value's, kept
// here too so that a match need not join the keys to find it).
type phraseEntry struct {
	key     []string
	payload string
	caps    string // with capsExact, the first word as it must be written ("" for any case)
}

func (p *phraseSet) add(phrase, payload string) { p.addTokens(tokenize(phrase), payload) }

// addTokens is add of a phrase already tokenized.
func (p *phraseSet) addTokens(toks []token, payload string) {
	if len(toks) == 0 {
		return
	}
	key := make([]string, len(toks))
	for i, t := range toks {
		key[i] = t.key()
	}
	j := strings.Join(key, " ")
	if _, ok := p.value[j]; ok {
		return
	}
	p.value[j] = payload
	e := phraseEntry{key: key, payload: payload}
	if w := toks[0].text; p.capsExact && len(w) > 1 && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		e.caps = w
	}
	p.byFirst[key[0]] = append(p.byFirst[key[0]], e)
	p.firstShapes.Add(key[0])
	p.maxLen = max(p.maxLen, len(key))
}

// matchWord matches the phrase set against one word cut out of a longer
// token, as match does a token: "Ambassador" of "Ambassador-designate",
// "Afghan" of "Afghans".
func (p *phraseSet) matchWord(w string) (int, string) {
	return p.match([]token{{text: w, word: true}}, 0)
}

// match returns the length (in tokens) and payload of the longest phrase
// starting at toks[i], or 0.
func (p *phraseSet) match(toks []token, i int) (int, string) {
	best, payload := 0, ""
	first := toks[i].key()
	if !p.firstShapes.May(first) {
		return 0, ""
	}
	for _, ph := range p.byFirst[first] {
		key := ph.key
		if len(key) <= best || i+len(key) > len(toks) || ph.caps != "" && toks[i].text != ph.caps {
			continue
		}
		ok := true
		for k := 1; k < len(key); k++ {
			if toks[i+k].key() != key[k] {
				ok = false
				break
			}
		}
		if ok {
			best, payload = len(key), ph.payload
		}
	}
	return best, payload
}

// matchEnding returns the length of the longest phrase that ends at
// toks[j] (inclusive), or 0.
func (p *phraseSet) matchEnding(toks []token, j int) (int, string) {
	for n := min(p.maxLen, j+1); n > 0; n-- {
		if m, v := p.match(toks[:j+1], j+1-n); m == n {
			return n, v
		}
	}
	return 0, ""
}

// wordShapes filters the look-ups asked of every word of a text: most
// words are settled without hashing them (vocab.Shapes).
type wordShapes = vocab.Shapes

func shapesOf(set map[string]bool) (s wordShapes) {
	for w := range set {
		s.Add(w)
	}
	return s
}

// cue is one line of cues.txt.
type cue struct {
	kind   string
	weight float64
	// re is the whole expression, for the tests: classify runs the parts,
	// compiled when a sentence first holds their literals.
	re *lazyre.Regexp
	// need are strings one of which every match of re contains (nil when
	// none can be named): a sentence with none of them cannot match, and
	// finding literals is far cheaper than running the expression. needIDs
	// are their indices in the cue set's literals.
	need    []string
	needIDs []int
	// parts are re split at its outer alternation, each with the
	// literals it needs: re matches a text when one of them does, and a
	// part runs only when its own literals are there, not whenever the
	// literals of any part are (classify's expressions were 2 % of a
	// batch run, most of it runs that found nothing).
	parts []cuePart
}

// cuePart is one alternative of a cue's expression.
type cuePart struct {
	re      *lazyre.Regexp
	need    []string
	needIDs []int
}

// mayMatch reports whether one of p.need was found; found is indexed
// like the cue set's literals.
func (p *cuePart) mayMatch(found []bool) bool {
	if p.need == nil {
		return true
	}
	for _, id := range p.needIDs {
		if found[id] {
			return true
		}
	}
	return false
}

// newCue makes the cue of expr, with its parts.
func newCue(kind string, weight float64, expr string) cue {
	need, _ := needOf(expr) // cues are lower case, matched against lower-cased text
	c := cue{kind: kind, weight: weight, re: lazyre.New(expr), need: need}
	alts, ok := cueAlternatives[expr]
	if !ok {
		alts = alternatives(expr)
	}
	for _, alt := range alts {
		n, _ := needOf(alt)
		c.parts = append(c.parts, cuePart{re: lazyre.New(alt), need: n})
	}
	return c
}

// cueAlternatives (cue_alternatives.go, made by go generate) holds the
// alternatives of the expressions of cues.txt as they were when it was
// made: printing each part (regexp/syntax's String) tests the case folds
// of every character of its classes, and a class such as [^.] holds most
// of Unicode: about 20 ms of CPU per process over the 115 cues. A cue
// added since is split here, as fast as before; TestCueAlternatives
// checks every entry against alternatives.
//go:generate go test -run ^TestCueAlternatives$ -update

// alternatives splits expr at its outer alternation, the one at its top
// or, in a concatenation, the first element that is one (in a group or
// not): `\b(a|b)\b` gives `\ba\b` and `\bb\b`. A text matches expr
// exactly when it matches one of them (the groups are gone, which
// MatchString does not see). An expression with no such alternation is
// its own one part.
func alternatives(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return []string{expr}
	}
	unwrap := func(r *syntax.Regexp) *syntax.Regexp {
		for r.Op == syntax.OpCapture {
			r = r.Sub[0]
		}
		return r
	}
	var out []string
	switch top := unwrap(re); top.Op {
	case syntax.OpAlternate:
		for _, sub := range top.Sub {
			out = append(out, sub.String())
		}
	case syntax.OpConcat:
		for j, el := range top.Sub {
			alt := unwrap(el)
			if alt.Op != syntax.OpAlternate {
				continue
			}
			for _, branch := range alt.Sub {
				part := &syntax.Regexp{Op: syntax.OpConcat, Flags: top.Flags}
				part.Sub = append(append(append(part.Sub, top.Sub[:j]...), branch), top.Sub[j+1:]...)
				out = append(out, part.String())
			}
			break
		}
	}
	if out == nil {
		return []string{expr}
	}
	return out
}

// maxCueLiterals bounds the literals of all cues together, so that
// classify can keep what it found on the stack.
const maxCueLiterals = 1024

// A cueMask is a set of cues by their index in a cueSet (bit i for cue
// i), and nextStepBit.
type cueMask uint64

// nextStepBit, in a literal's cueMask, marks a literal nextStepRE needs.
const nextStepBit cueMask = 1 << 63

// maxCues bounds the cues: one bit each in a cueMask, beside nextStepBit.
const maxCues = 63

// A cueSet is the outcome cues, strongest first, with the literals they
// need gathered into one relit.Set.
type cueSet struct {
	cues []cue
	lits *relit.Set
	// needers holds, for each literal of lits, the cues that need it (a
	// cue can match only a text that holds one of the literals it needs)
	// and nextStepBit when one of the literals nextStepRE needs (every
	// match of nextStepRE holds one), so that classifyNext tells from the
	// same search whether a sentence may state a next step. A sentence
	// holds few literals: the cues it may match are gathered from those,
	// not asked of all of them (the cues' 394 literals, tested one by one
	// for every sentence, were 1.2 % of a batch's instructions).
	needers []cueMask
	// always are the cues that need no literal, and nextStepBit when
	// nextStepRE needs none that can be named.
	always cueMask
}

func newCueSet(cues []cue) *cueSet {
	// Strongest first, file order among equals, so that classify can stop
	// at the first cue that matches.
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].weight > cues[j].weight })
	var lits []string
	ids := map[string]int{}
	idOf := func(n string) int {
		id, ok := ids[n]
		if !ok {
			id = len(lits)
			ids[n] = id
			lits = append(lits, n)
		}
		return id
	}
	for i := range cues {
		for _, n := range cues[i].need {
			cues[i].needIDs = append(cues[i].needIDs, idOf(n))
		}
		for k := range cues[i].parts {
			p := &cues[i].parts[k]
			for _, n := range p.need {
				p.needIDs = append(p.needIDs, idOf(n))
			}
		}
	}
	// lower case, as the cues' literals, when nextStepRE is
	// case-insensitive (fold); a case-sensitive one is not pre-tested here
	next, fold := needOf(nextStepRE.String())
	if !fold {
		next = nil
	}
	var nextIDs []int
	for _, n := range next {
		nextIDs = append(nextIDs, idOf(n))
	}
	if len(lits) > maxCueLiterals {
		panic("briefing: cues.txt needs too many literals")
	}
	if len(cues) > maxCues {
		panic("briefing: cues.txt has too many cues")
	}
	cs := &cueSet{cues: cues, lits: relit.NewSet(lits), needers: make([]cueMask, len(lits))}
	for i := range cues {
		if cues[i].need == nil {
			cs.always |= 1 << i
		}
		for _, id := range cues[i].needIDs {
			cs.needers[id] |= 1 << i
		}
	}
	if next == nil {
		cs.always |= nextStepBit
	}
	for _, id := range nextIDs {
		cs.needers[id] |= nextStepBit
	}
	return cs
}

// candidates returns the cues lower may match, the ones that need no
// literal and those that need one lower holds, and nextStepBit when
// lower may state a next step; it marks in found (indexed like cs.lits)
// the literals lower holds, for the cues' parts.
func (cs *cueSet) candidates(lower string, found []bool) cueMask {
	var idBuf [64]uint16
	may := cs.always
	for _, id := range cs.lits.AppendFound(idBuf[:0], lower, found) {
		may |= cs.needers[id]
	}
	return may
}

// classify returns the kind and weight of the strongest cue matching
// lower, a lower-cased sentence.
func (cs *cueSet) classify(lower string) (string, float64) {
	kind, w, _ := cs.classifyNext(lower)
	return kind, w
}

// classifyNext is classify, and whether lower holds one of the literals
// nextStepRE needs (always true when it needs none that can be named):
// a sentence that holds none is no next step (nextSteps), told by the
// search the cues make anyway.
func (cs *cueSet) classifyNext(lower string) (kind string, weight float64, next bool) {
	var found [maxCueLiterals]bool
	may := cs.candidates(lower, found[:])
	next = may&nextStepBit != 0
	may &^= nextStepBit
	for may != 0 {
		i := bits.TrailingZeros64(uint64(may)) // strongest first, as the cues are
		may &= may - 1
		c := &cs.cues[i]
		for k := range c.parts {
			if p := &c.parts[k]; p.mayMatch(found[:]) && p.re.MatchString(lower) {
				return c.kind, c.weight, next
			}
		}
	}
	return "", 0, next
}

// knownOrg is one [known] line of organisations.txt.
type knownOrg struct {
	name    string
	aliases []string
}

// shortForm is one [short] line of organisations.txt.
type shortForm struct {
	short, full string
	context     []string
}

type lexicons struct {
	honorifics *phraseSet
	roleHeads  *phraseSet
	roleWords  map[string]bool // folded single words
	orgHeads   map[string]bool
	orgWeak    map[string]bool
	// pairHeads head a body's name only after two parties joined by a
	// hyphen: "OPEC-China Energy Dialogue" (pairHeadAt).
	pairHeads map[string]bool
	// pairRelations right after such a pair name the two states'
	// relationship: "Japan-U.S. Alliance" (pairOnly).
	pairRelations map[string]bool
	// partyHeads head a body's name only when a party names it: "U.S.
	// Mission" (partyHeadAt).
	partyHeads map[string]bool
	// postedHeads head the names of bodies posted in a place, which
	// take the city after "in": "U.S. Embassy in Seoul".
	postedHeads map[string]bool
	countries   *phraseSet // payload: canonical name
	// countryCodes are the capitalised abbreviations among the country
	// aliases ("CAR", "UAE"), folded: they count only in capitals, so that
	// "Passenger Car Units" names no country.
	countryCodes map[string]bool
	// shortNames are the country forms printed as the text writes them,
	// by the key of their phrase: a state's canonical short name and the
	// other short names of countries.txt [short-names] ("Czechia" for
	// the Czech Republic, "Turkey" for Türkiye), which the text's own usage
	// decides between.
	shortNames map[string]string
	// regions are names of regions that hold another state's name ("New
	// Mexico", generated into regions.txt from ISO 3166-2): no state's
	// mention. currencies are words after a country word that make it a
	// currency ("US dollars").
	regions    *phraseSet
	currencies map[string]bool
	// demonyms are the folded one-word demonyms of countries.txt: one
	// before another names a community ("Greek Cypriot"), not a state.
	demonyms map[string]bool
	// peoples are folded demonyms that name a people, not its state
	// (countries.txt [peoples]); shortened maps the key of a bare form to
	// the state it stands for in a text that names that state in full
	// ([shortened]: "congo" to the Democratic Republic of the Congo).
	peoples   map[string]bool
	shortened map[string]string
	cities    *phraseSet // payload: canonical country name
	// regionCities are the cities of a region that shares a state's name,
	// by the state's canonical name (countries.txt [region-homonyms]):
	// "Atlanta, Georgia" names the US state.
	regionCities map[string]*phraseSet
	known        *phraseSet // payload: canonical org name
	knownOrgs    map[string]*knownOrg
	// knownCaps are the folded one-word aliases the list writes in
	// capitals ("AU"): only a word in capitals in the text stands for
	// the body ("Au cœur de nos projets" names no African Union)
	knownCaps map[string]bool
	short     []shortForm

	// word lists, folded to lower case unless said otherwise
	connectors      map[string]bool // join the words of an office or a name
	connectorShapes wordShapes      // of connectors: most words are settled without a look-up
	orgConnectors   map[string]bool // join the words of a body's name after its head noun
	particles       map[string]bool // "bin", "von"
	particleShapes  wordShapes      // of particles
	honorificSexes  map[string]int  // 1 for an honorific of a man ("mr"), 2 of a woman ("mrs")
	stopCaps        map[string]bool // capitalised words that are no part of a name
	headlineVerbs   map[string]bool
	postNominals    map[string]bool // "MP", "OBE", as written without full stops
	familyFirst     map[string]bool // "nguyen", "kim": family names written first
	tenure          map[string]bool // "former": a lower-case word before an office after a name
	officePrefixes  map[string]bool // "co", "vice": joined by a hyphen to a one-word office
	geoNouns        map[string]bool // "ocean": a country word before names a region
	compass         map[string]bool // "south": a country word after names a region
	eventNouns      map[string]bool // "summit": a body's name before names an event
	measures        map[string]bool // "GDP", "MW", as written: a name ending in one is a measure's
	venues          map[string]bool // "Hotel", "Convention Centre", as written: a name ending in one is a place's
	companySuffixes map[string]bool // "Limited", as written
	roleModifiers   map[string]bool // "senior": an office follows, the body's name has ended
	ordinals        map[string]bool // "third"
	officeSuffixes  []string        // "-elect", as written
	groupEndings    []string        // "ians": a capitalised plural names a group
	placeEndings    map[string]bool // "road", folded: a name ending in one is a street's or a landmark's
	kin             map[string]bool // "wife", folded: the name after one and its possessor is a relative's
	countryBodies   []string        // "Embassy of ", with the space after it
	// discourseMarkers open a sentence and are trimmed from items, tried
	// in order: "Additionally,", "Meanwhile " (with the space after it).
	discourseMarkers []string
}

// getLex returns the lexicons, loaded on first use: a program that never
// builds a brief does not read them.
var getLex = sync.OnceValue(loadLexicons)

func loadLexicons() *lexicons {
	l := &lexicons{
		honorifics: newPhraseSet(),
		roleHeads:  newPhraseSet(),
		roleWords:  map[string]bool{},
		orgHeads:   map[string]bool{},
		orgWeak:    map[string]bool{},
		countries:  newPhraseSet(), countryCodes: map[string]bool{}, shortNames: map[string]string{},
		regions: newPhraseSet(), demonyms: map[string]bool{}, shortened: map[string]string{},
		cities:    newPhraseSet(),
		known:     newPhraseSet(),
		knownOrgs: map[string]*knownOrg{}, knownCaps: map[string]bool{},
	}
	names := vocab.Sections("names.txt")
	l.particles = vocab.Set(names["particles"])
	l.particleShapes = shapesOf(l.particles)
	l.familyFirst = vocab.Set(names["family-first"])
	l.honorificSexes = map[string]int{}
	for sex, sec := range []string{"honorifics-of-men", "honorifics-of-women"} {
		for _, w := range vocab.Words(names[sec]) {
			l.honorificSexes[w] = sex + 1
		}
	}
	l.officeSuffixes = vocab.Words(names["office-suffixes"])
	l.groupEndings = vocab.Words(names["group-endings"])
	l.placeEndings = vocab.Set(names["place-endings"])
	l.kin = vocab.Set(names["kin"])
	l.headlineVerbs = vocab.Set(names["headline-verbs"])
	// a headline's verb is no name, wherever the headline stands
	// ("President Calls for …" as a bullet under the title)
	l.stopCaps = vocab.Set(append(names["stop-caps"], names["headline-verbs"]...))
	conn := vocab.Sections("connectors.txt")
	l.connectors = vocab.Set(conn["names"])
	l.connectorShapes = shapesOf(l.connectors)
	l.orgConnectors = vocab.Set(conn["bodies"])
	places := vocab.Sections("places.txt")
	l.geoNouns = vocab.Set(places["geo-nouns"])
	l.compass = vocab.Set(places["compass"])
	l.ordinals = vocab.Set(vocab.Lines("ordinals.txt"))
	for _, m := range vocab.Lines("discourse-markers.txt") {
		if !strings.HasSuffix(m, ",") {
			m += " "
		}
		l.discourseMarkers = append(l.discourseMarkers, m)
	}
	l.postNominals = map[string]bool{}
	for _, ln := range vocab.Sections("honorifics.txt")["post-nominals"] {
		l.postNominals[strings.ReplaceAll(ln, ".", "")] = true
	}
	l.honorifics.capsExact = true
	for _, ln := range vocab.Sections("honorifics.txt")[""] {
		l.honorifics.add(ln, ln)
	}
	roles := vocab.Sections("roles.txt")
	l.tenure = vocab.Set(roles["tenure"])
	l.officePrefixes = vocab.Set(roles["prefixes"])
	for _, ln := range roles["heads"] {
		l.roleHeads.add(ln, ln)
	}
	for _, ln := range roles["words"] {
		l.roleWords[fold(ln)] = true
	}
	orgs := vocab.Sections("organisations.txt")
	l.eventNouns = vocab.Set(orgs["event-nouns"])
	l.measures = vocab.Set(orgs["measures"])
	l.venues = map[string]bool{} // whole lines: "Convention Centre" is one venue, "Centre" none
	for _, ln := range orgs["venues"] {
		l.venues[strings.TrimSpace(ln)] = true
	}
	l.companySuffixes = vocab.Set(orgs["company-suffixes"])
	l.roleModifiers = vocab.Set(orgs["role-modifiers"])
	l.postedHeads = vocab.Set(orgs["posted-heads"])
	l.pairHeads = vocab.Set(orgs["pair-heads"])
	l.pairRelations = vocab.Set(orgs["pair-relations"])
	l.partyHeads = vocab.Set(orgs["party-heads"])
	for _, p := range orgs["country-bodies"] {
		l.countryBodies = append(l.countryBodies, p+" ")
	}
	for _, ln := range orgs["heads"] {
		if toks := tokenize(ln); len(toks) > 0 {
			l.orgHeads[fold(toks[len(toks)-1].text)] = true
		}
	}
	for _, ln := range orgs["weak"] {
		l.orgWeak[fold(ln)] = true
	}
	for _, ln := range orgs["known"] {
		f := strings.SplitN(ln, "|", 2)
		k := &knownOrg{name: strings.TrimSpace(f[0])}
		if len(f) > 1 {
			k.aliases = vocab.SplitList(f[1])
		}
		// the other spelling of the same name: "North Atlantic Treaty
		// Organisation" in a British text
		for _, f := range append([]string{k.name}, k.aliases...) {
			if v := otherSpelling(f); v != f {
				k.aliases = append(k.aliases, v)
			}
		}
		l.knownOrgs[k.name] = k
		l.known.add(k.name, k.name)
		for _, a := range k.aliases {
			l.known.add(a, k.name)
			if !strings.ContainsRune(a, ' ') && strings.ToUpper(a) == a {
				l.knownCaps[fold(a)] = true
			}
		}
	}
	for _, ln := range orgs["short"] {
		f := strings.Split(ln, "|")
		if len(f) == 3 {
			l.short = append(l.short, shortForm{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), vocab.SplitList(f[2])})
		}
	}
	for _, c := range vocab.Countries() {
		name := c.Name
		l.countries.add(name, name)
		for _, a := range c.Other {
			l.countries.add(a, name)
			if !strings.ContainsRune(a, ' ') && strings.ToUpper(a) == a {
				l.countryCodes[fold(a)] = true
			}
		}
		for _, a := range c.Demonyms {
			l.countries.add(a, name)
			if !strings.ContainsRune(a, ' ') {
				l.demonyms[fold(a)] = true
			}
		}
		for _, city := range c.Cities {
			l.cities.add(city, name)
		}
		l.shortNames[phraseKey(tokenize(name))] = name
	}
	for _, n := range vocab.Sections("regions.txt")[""] {
		l.regions.add(n, n)
	}
	l.currencies = vocab.Set(vocab.Sections("countries.txt")["currencies"])
	l.peoples = map[string]bool{}
	for _, w := range vocab.Words(vocab.Sections("countries.txt")["peoples"]) {
		l.peoples[fold(w)] = true
	}
	for _, ln := range vocab.Sections("countries.txt")["shortened"] {
		f := strings.Split(ln, "|")
		if len(f) != 2 || l.shortNames[phraseKey(tokenize(strings.TrimSpace(f[0])))] == "" {
			panic("briefing: countries.txt [shortened]: not state | forms: " + ln)
		}
		for _, a := range vocab.SplitList(f[1]) {
			l.shortened[phraseKey(tokenize(a))] = strings.TrimSpace(f[0])
		}
	}
	l.regionCities = map[string]*phraseSet{}
	for _, ln := range vocab.Sections("countries.txt")["region-homonyms"] {
		f := strings.Split(ln, "|")
		if len(f) != 2 || l.shortNames[phraseKey(tokenize(strings.TrimSpace(f[0])))] == "" {
			panic("briefing: countries.txt [region-homonyms]: not state | cities: " + ln)
		}
		ps := newPhraseSet()
		for _, c := range vocab.SplitList(f[1]) {
			ps.add(c, c)
		}
		l.regionCities[strings.TrimSpace(f[0])] = ps
	}
	for _, n := range vocab.Sections("countries.txt")["short-names"] {
		k := phraseKey(tokenize(n))
		if _, ok := l.countries.value[k]; !ok {
			panic("briefing: countries.txt [short-names]: not a form of a country: " + n)
		}
		l.shortNames[k] = n
	}
	return l
}

// getOutcomeCues returns the outcome cues of cues.txt, compiled on first
// use. They are not among the lexicons: splitting each expression at its
// alternation prints its parts (regexp/syntax's String, which tests the
// case folds of every character of a class such as [^.]), and that was
// half the time of loading the lexicons, which the first note waits for;
// Prepare loads the cues beside them.
var getOutcomeCues = sync.OnceValue(loadOutcomeCues)

func loadOutcomeCues() *cueSet {
	var cues []cue
	for _, ln := range vocab.Lines("cues.txt") { // without their examples
		f := strings.SplitN(ln, "|", 3)
		if len(f) != 3 {
			panic("briefing: cues.txt: not kind | weight | expression: " + ln)
		}
		w, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil {
			panic("briefing: bad weight in cues.txt: " + ln)
		}
		cues = append(cues, newCue(strings.TrimSpace(f[0]), w, strings.TrimSpace(f[2])))
	}
	return newCueSet(cues)
}

// otherSpelling swaps the British and American spellings of "Organisation":
// the one word of a body's name that texts write both ways.
func otherSpelling(name string) string {
	if strings.Contains(name, "Organization") {
		return strings.ReplaceAll(name, "Organization", "Organisation")
	}
	return strings.ReplaceAll(name, "Organisation", "Organization")
}
