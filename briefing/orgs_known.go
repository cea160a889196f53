package briefing

import (
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// The gazetteer of well-known bodies: known-bodies.txt, generated from an
// open register of international organisations (internal/cmd/genbodies),
// known-legislatures.txt, the national legislatures and chambers of
// EveryPolitician's index (internal/cmd/genlegislatures), and
// known-media.txt, the news agencies, broadcasters and other state and
// public media of the State Media Matrix (internal/cmd/genmedia), beside
// the hand-written [known] section of organisations.txt, which it never
// overrides. A body the rules do not find is proposed when the text
// names it by its full name or one of its aliases ("the EFTA countries",
// "Europol"), reported by its full name with the alias seen; the
// organisation model, not the gazetteer, decides whether it is listed
// (the known_body feature and the rule feature, which is off for a body
// only the gazetteer proposed).

// A gazetteer maps names and aliases of well-known bodies to their full
// names.
type gazetteer struct {
	// names holds the full names and the aliases of two words or more,
	// matched on folded words: "Organization for Security and
	// Co-operation in Europe".
	names *phraseSet
	// one holds the one-word names and aliases as written: "OSCE",
	// "Europol"; a one-word alias is matched case-exact, so "Who" at the
	// start of a sentence is not "WHO".
	one map[string]string
}

// getGazetteer returns the gazetteer, built on first use.
var getGazetteer = sync.OnceValue(func() *gazetteer {
	var lines []string
	for _, f := range []string{"known-bodies.txt", "known-legislatures.txt", "known-media.txt"} {
		lines = append(lines, vocab.Sections(f)[""]...)
	}
	return newGazetteer(lines)
})

// newGazetteer builds the gazetteer from the lines of known-bodies.txt,
// "full name | alias; alias". A body whose name or alias the hand-written
// lexicon already knows is left to it; a one-word form that is two
// letters long, or a word the lexicon knows as something else (a function
// word, an office, a country or its code, a month), is no alias: it would
// name the body far more often by chance than by intent.
func newGazetteer(lines []string) *gazetteer {
	l := getLex()
	g := &gazetteer{names: newPhraseSet(), one: map[string]string{}}
	// the initials of every body's name: an acronym that spells another
	// body's name is ambiguous ("ESA": the European Space Agency, though
	// the register gives it only to the Euratom Supply Agency). Each form
	// is tokenized once, here: every process builds the gazetteer from
	// some 2,000 lines, and tokenizing a form again for each use (its
	// initials, the lexicon's match, the phrase set) was half its time.
	initialsOf := map[string]string{}
	formsOf := make([][]string, len(lines))
	toksOf := make([][][]token, len(lines))
	for i, ln := range lines {
		f := strings.SplitN(ln, "|", 2)
		forms := []string{strings.TrimSpace(f[0])}
		if len(f) > 1 {
			forms = append(forms, vocab.SplitList(f[1])...)
		}
		toks := make([][]token, len(forms))
		for k, form := range forms {
			toks[k] = tokenize(form)
		}
		formsOf[i], toksOf[i] = forms, toks
		initialsOf[capInitials(toks[0])] = forms[0] // initials(name)
	}
	for i := range lines {
		forms, formToks := formsOf[i], toksOf[i]
		name := forms[0]
		taken := false
		for k, form := range forms {
			toks := formToks[k]
			if len(toks) == 1 {
				taken = taken || handForms()[form] // as written: "Who" is not "WHO"
			} else if len(toks) > 1 {
				if n, _ := l.known.match(toks, 0); n == len(toks) {
					taken = true
				}
			}
		}
		if taken {
			continue
		}
		for k, form := range forms {
			toks := formToks[k]
			switch {
			case len(toks) == 0:
			case len(toks) > 1:
				g.names.addTokens(toks, name)
			case isAcronym(toks[0]) && initialsOf[form] != "" && initialsOf[form] != name:
			case oneWordForm(toks[0]):
				if _, dup := g.one[form]; !dup {
					g.one[form] = name
				}
			}
		}
	}
	return g
}

// initials returns the first letters of the capitalised words of name:
// "ESA" for "European Space Agency".
func initials(name string) string { return capInitials(tokenize(name)) }

// handForms are the names and aliases of the hand-written lexicon's
// well-known bodies, as written.
var handForms = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, k := range getLex().knownOrgs {
		out[k.name] = true
		for _, a := range k.aliases {
			out[a] = true
		}
	}
	return out
})

// oneWordForm reports a one-word name or alias worth matching alone: not
// a function word, office, country, month, head noun or common given name
// ("ELI" is Eli as often as the Extreme Light Infrastructure).
func oneWordForm(t token) bool {
	l := getLex()
	k := t.key()
	if !t.word || len([]rune(t.text)) < 3 || !isCap(t) {
		return false
	}
	if englishStopwords()[k] || l.roleWords[k] || l.countryCodes[k] || monthNames()[k] || l.orgHeads[k] || givenNames()[k] {
		return false
	}
	if n, _ := l.countries.match([]token{t}, 0); n > 0 {
		return false
	}
	if n, _ := l.roleHeads.match([]token{t}, 0); n > 0 {
		return false
	}
	return true
}

// match returns the length in tokens and the full name of the body whose
// name or alias starts at toks[i], or 0: the longest of several names,
// and a one-word form only as written.
func (g *gazetteer) match(toks []token, i int) (int, string) {
	if n, name := g.names.match(toks, i); n > 0 && (isCap(toks[i+n-1]) || isAcronym(toks[i+n-1])) {
		return n, name
	}
	if name, ok := g.one[toks[i].text]; ok {
		return 1, name
	}
	return 0, ""
}

// knows reports a name that the gazetteer lists as a body's name or
// alias.
func (g *gazetteer) knows(name string) bool {
	toks := tokenize(name)
	if len(toks) == 0 {
		return false
	}
	n, _ := g.match(toks, 0)
	return n == len(toks)
}

// gazetteerNames returns the bodies of the gazetteer named in full by
// two words or more where the rules found nothing yet, and marks their
// tokens covered, before the rules look for capitalised phrases around a
// head noun: the gazetteer knows where "Organization for Security and
// Co-operation in Europe" ends. They are added last (addGazetteer), so
// that the bodies of a passage keep the order the rules give them. A
// name with a head noun ("Organization") is what those rules would have
// proposed, and stays theirs to list; one without ("Europol", "Paris
// Club" are not) is left to the model, as addGazetteer's are.
func (s *passage) gazetteerNames(covered []bool) []*omention {
	var out []*omention
	g := getGazetteer()
	for i := 0; i < len(s.toks); i++ {
		if covered[i] || !isCap(s.toks[i]) {
			continue
		}
		n, name := g.match(s.toks, i)
		if n < 2 {
			continue
		}
		free, head := true, false
		for k := i; k < i+n; k++ {
			free = free && !covered[k]
			head = head || s.has(k, fOrgHead)
		}
		// inside a longer capitalised name: "the Joint Asian Development
		// Bank Office"
		if !free || i > 0 && !covered[i-1] && s.isOrgWord(i-1) && !s.has(i-1, fCountry) || i+n < len(s.toks) && s.isOrgWord(i+n) && !s.has(i+n, fRole) && !getLex().eventNouns[s.toks[i+n].key()] {
			continue
		}
		// the head of a longer name that goes on with "of" and a
		// capitalised name, "National Parliament of Papua New Guinea", or
		// its tail: "Standing Committee of the National People’s Congress"
		if s.ofName(i+n) || s.afterOfHead(i, covered) {
			continue
		}
		m := &omention{name: name, start: i, end: i + n, gazetteer: true, gazOnly: !head}
		if alias := span(s.text, s.toks, i, i+n); alias != name {
			m.alias = alias
		}
		if i+n < len(s.toks) && getLex().eventNouns[s.toks[i+n].key()] {
			m.nameOnly = true
		}
		for k := i; k < i+n; k++ {
			covered[k] = true
		}
		out = append(out, m)
		i += n - 1
	}
	return out
}

// ofName reports "of" at toks[i] followed by a capitalised word, after
// "the" or not.
func (s *passage) ofName(i int) bool {
	if i >= len(s.toks) || s.toks[i].key() != "of" {
		return false
	}
	j := i + 1
	if j < len(s.toks) && s.toks[j].key() == "the" {
		j++
	}
	return j < len(s.toks) && isCap(s.toks[j])
}

// afterOfHead reports a name at toks[i] after "of" (and "the") that
// follows a capitalised head noun the rules have not taken: the tail of a
// longer name, "Standing Committee of the National People’s Congress".
func (s *passage) afterOfHead(i int, covered []bool) bool {
	j := i - 1
	if j >= 0 && s.toks[j].key() == "the" {
		j--
	}
	return j >= 1 && s.toks[j].key() == "of" && !covered[j-1] && isCap(s.toks[j-1]) && s.has(j-1, fOrgHead)
}

// addGazetteer marks the mentions the rules found whose name the
// gazetteer knows, adds those of gazetteerNames (names) with add, then
// proposes the bodies of the gazetteer named where nothing was found yet
// (covered marks the tokens taken) by a one-word name or alias.
func (s *passage) addGazetteer(out []*omention, covered []bool, add func(*omention), names []*omention) {
	g := getGazetteer()
	for _, m := range out {
		m.gazetteer = m.gazetteer || g.knows(m.name) || m.acronym != "" && g.knows(m.acronym)
	}
	for _, m := range names {
		add(m)
	}
	l := getLex()
	shouting := -1 // s.shouting(), once asked
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if covered[i] || !(isCap(t) || isAcronym(t)) {
			continue
		}
		n, name := g.match(s.toks, i)
		if n == 1 && s.owner[i] >= 0 && !s.roleOf[i] {
			continue // a word of a person's name: "Sheikh Ahmed Al Sabah" is no paper "Sabah"
		}
		if n == 1 && isAcronym(t) {
			if shouting < 0 {
				shouting = 0
				if s.shouting() {
					shouting = 1
				}
			}
			if shouting == 1 {
				continue // a word of a line in capitals: "SHARE", "ERA"
			}
		}
		if n == 0 {
			// "EFTA-led": the acronym as the first part of a compound
			if p, rest, ok := strings.Cut(t.text, "-"); ok && rest != "" && isLowerWord(token{text: rest, word: true}) && isAcronym(token{text: p, word: true}) {
				if full, ok := g.one[p]; ok {
					add(&omention{name: full, alias: p, start: i, end: i + 1, short: true, gazetteer: true, gazOnly: true})
				}
			}
			continue
		}
		free := true
		for k := i; k < i+n; k++ {
			free = free && !covered[k]
		}
		if !free {
			continue
		}
		// part of a longer name the rules did not take: "EFTA Surveillance
		// Authority", "Joint OSCE Mission"
		if e := i + n; e < len(s.toks) && !covered[e] && s.isOrgWord(e) && !s.has(e, fRole) && !l.eventNouns[s.toks[e].key()] {
			continue
		}
		if i > 0 && !covered[i-1] && s.isOrgWord(i-1) && !s.has(i-1, fCountry) && !s.has(i-1, fRole) {
			continue
		}
		alias := span(s.text, s.toks, i, i+n)
		m := &omention{name: name, start: i, end: i + n, gazetteer: true, gazOnly: true}
		if alias != name {
			m.alias = alias
			m.short = n == 1
		}
		if i+n < len(s.toks) && l.eventNouns[s.toks[i+n].key()] {
			m.nameOnly = true
		}
		add(m)
		i += n - 1
	}
}

// shouting reports a passage whose words are mostly written in capitals,
// where an acronym cannot be told from a word.
func (s *passage) shouting() bool {
	n, up := 0, 0
	for _, t := range s.toks {
		if !t.word || len(t.text) < 3 {
			continue
		}
		n++
		if t.text == strings.ToUpper(t.text) {
			up++
		}
	}
	return n >= 3 && up*2 >= n
}
