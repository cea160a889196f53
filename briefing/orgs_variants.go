package briefing

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two forms of one body, proposed apart, that the annotation counts as one
// body (and the scorer as one right and one wrong when both are listed):
// the same words in another order or with the country written another way
// ("Department of Defense" and "Defense Department", "Government of India"
// and "Indian Government", "Organisation" and "Organization"), the last
// words of a longer name ("Armed Services Committee" of "House Armed
// Services Committee", "Minsk Group" of "OSCE Minsk Group"), and an
// acronym written apart from its words ("FTC" and "Federal Trade
// Commission", never defined in brackets). Measured left out by publisher
// over 807 documents, such second forms were 58 of the model's 263 wrong
// bodies; joined before the model decides, so that one body's mentions
// under both forms count for it, organisations F1 went from 83.5 to 84.5
// (83.7 to 84.4 at an L2 penalty of 0.003). Joining the same forms again
// among the bodies the model listed (SelectOrgs) changed nothing.

// joinVariants joins the candidates of all that name one body in two
// forms: each group of forms becomes one body, named by the rules' body
// if there is one, else by its longest form, with the others as aliases.
// A form that could belong to two bodies of the text ("Council" with
// "Security Council" and "European Council") is left alone.
func joinVariants(all []*org) {
	joinPairForms(all)
	joinReordered(all)
	joinTails(all)
	joinAcronyms(all)
}

// mainForm orders two forms of one body: the rules' body before a span,
// then the longer name (in words).
func mainForm(p, o *org) (*org, *org) {
	if p.spanned != o.spanned {
		if p.spanned {
			return o, p
		}
		return p, o
	}
	if len(words(o.name)) > len(words(p.name)) {
		return o, p
	}
	return p, o
}

// joinForms makes o a form of p: its name an alias, its mentions p's.
func joinForms(p, o *org) {
	p.st.join(&o.st)
	for _, al := range o.aliases {
		addMention(&p.aliases, al)
	}
	p.definite = p.definite || o.definite
	mergeOrg(p, o)
}

// join adds the mentions of another form of the body to st.
func (st *orgStats) join(o *orgStats) {
	if st.first == nil {
		st.first, st.start, st.end = o.first, o.start, o.end
	}
	st.mentions += o.mentions
	st.titles += o.titles
	st.the += o.the
	st.sentStart += o.sentStart
	st.known += o.known
	st.short += o.short
	st.nameOnly += o.nameOnly
	st.inRole += o.inRole
	st.list += o.list
	st.roleAfter += o.roleAfter
	st.prep += o.prep
	st.poss += o.poss
	st.wholeLine += o.wholeLine
	st.subject += o.subject
	st.attend += o.attend
	st.numNext += o.numNext
	st.thingNext += o.thingNext
	st.dateline += o.dateline
	st.gazetteer += o.gazetteer
	st.gazOnly += o.gazOnly
	st.afterName += o.afterName
	st.verbNext += o.verbNext
	st.inPlace += o.inPlace
	st.relNext += o.relNext
	st.linked = append(st.linked, o.linked...)
}

// formKey is a body's name as a bag of words: folded, without "of", "the"
// and "and", nor "Affairs" after another word (a portfolio, "Foreign
// Affairs", is named by its first word when it stands before the head:
// "Foreign Ministry"), "-isation" written "-ization", sorted; the countries its name
// holds (by name, abbreviation or demonym: "U.S.", "Indian") are given
// apart, under their canonical names, sorted.
func formKey(name string) (bag, countries string) {
	l := getLex()
	toks := tokenize(name)
	var ws, cs []string
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		if n, c := l.countries.match(toks, i); n > 0 {
			cs = append(cs, c)
			i += n - 1
			continue
		}
		f := fold(toks[i].text)
		// a pair of countries in one word is the two countries, in either
		// order: "UK-US Strategic Energy Dialogue" and "US-UK Strategic
		// Energy Dialogue" are one body
		if a, b, ok := strings.Cut(strings.ReplaceAll(toks[i].text, "–", "-"), "-"); ok {
			_, ca := l.countries.matchWord(a)
			_, cb := l.countries.matchWord(b)
			if ca != "" && cb != "" {
				cs = append(cs, ca, cb)
				continue
			}
		}
		switch f {
		case "of", "the", "and":
			continue
		case "affairs":
			if len(ws) > 0 {
				continue // a portfolio's "Affairs" after its word: "Ministry of Foreign Affairs" is the "Foreign Ministry"
			}
		}
		if s, ok := strings.CutSuffix(f, "isation"); ok {
			f = s + "ization"
		}
		ws = append(ws, f)
	}
	slices.Sort(ws)
	slices.Sort(cs)
	return strings.Join(ws, " "), strings.Join(slices.Compact(cs), ",")
}

// joinReordered joins the forms of a body whose words are the same bag
// (formKey), one of them with a country the other leaves out ("Ministry
// of Foreign Affairs of the Republic of Latvia" and "Ministry of Foreign
// Affairs"). With two countries among the forms ("Government of India",
// "Government of Pakistan") nothing is joined. The bag must hold a head
// noun: "Indian" and "India" are no body.
func joinReordered(all []*org) {
	l := getLex()
	type form struct {
		o         *org
		countries string
	}
	groups := map[string][]form{}
	var order []string
	for _, o := range all {
		if o.key == "" {
			continue
		}
		bag, cs := formKey(o.name)
		headed := false
		for _, w := range strings.Fields(bag) {
			headed = headed || l.orgHeads[w] || l.pairHeads[w] && cs != ""
		}
		if !headed {
			continue
		}
		if _, ok := groups[bag]; !ok {
			order = append(order, bag)
		}
		groups[bag] = append(groups[bag], form{o, cs})
	}
	for _, bag := range order {
		g := groups[bag]
		if len(g) < 2 {
			continue
		}
		country, without, two := "", false, false
		for _, f := range g {
			without = without || f.countries == ""
			if f.countries != "" && country != "" && f.countries != country {
				two = true
				break
			}
			if f.countries != "" {
				country = f.countries
			}
		}
		if two {
			continue // two countries: two bodies
		}
		if country != "" && without && !strings.Contains(bag, " ") {
			continue // a lone head noun ("Bank") may be a form of another body: joinLoneHeads decides
		}
		p := g[0].o
		for _, f := range g[1:] {
			if f.o.name == p.name {
				continue // one name, proposed twice, is the scorer's one body already
			}
			var o *org
			p, o = mainForm(p, f.o)
			joinForms(p, o)
		}
	}
}

// joinTails joins a shorter name that ends a longer one ("Armed Services
// Committee" of "House Armed Services Committee", "Council of National
// Coordinators" of "SCO Council of National Coordinators") or stands
// before its complement ("Review Group" of "President's Review Group on
// Intelligence …", "Ministry" of "Ministry of Foreign Affairs") to the
// longer one (formOf), when every name it is a form of is itself a form
// of the longest: "Council" of "Gulf Cooperation Council" and
// "Cooperation Council", not of "Security Council" and "European Council",
// nor "Antitrust Division" of "Department of Justices Antitrust Division".
// The longer name may be a body's alias as the text writes it: "Bank
// Group" of "World Bank", written "World Bank Group".
func joinTails(all []*org) {
	// each candidate's forms, its name first, then its aliases
	forms := make([][][]string, len(all))
	// the candidates each shorter name is a form of, by the shorter name:
	// every name's forms are listed once, so that the work grows with the
	// candidates, not with their pairs
	holders := map[string][]int{}
	for i, o := range all {
		if o.key == "" {
			continue
		}
		for _, name := range append([]string{o.name}, o.aliases...) {
			ws := words(name)
			forms[i] = append(forms[i], ws)
			if len(ws) > maxFormWords {
				continue
			}
			for _, f := range shortForms(ws) {
				if hs := holders[f]; len(hs) == 0 || hs[len(hs)-1] != i {
					holders[f] = append(hs, i)
				}
			}
		}
	}
	// the longest form of candidate j that holds the words short
	holding := func(j int, short []string) []string {
		var best []string
		for _, f := range forms[j] {
			if len(f) > len(best) && formOf(f, short) {
				best = f
			}
		}
		return best
	}
	// the shorter names first, so that each joins the longest holder
	order := make([]int, 0, len(all))
	for i := range all {
		if all[i].key != "" && len(forms[i]) > 0 && len(holders[strings.Join(forms[i][0], " ")]) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(i, j int) int { return len(forms[i][0]) - len(forms[j][0]) })
	for _, i := range order {
		o := all[i]
		if o.key == "" {
			continue
		}
		short := forms[i][0]
		hs := holders[strings.Join(short, " ")]
		longest, longForm := -1, []string(nil)
		for _, j := range hs {
			if j == i || all[j].key == "" {
				continue
			}
			if f := holding(j, short); len(f) > len(longForm) {
				longest, longForm = j, f
			}
		}
		if longest < 0 {
			continue
		}
		chain := true
		for _, j := range hs {
			if j == longest || j == i || all[j].key == "" {
				continue
			}
			chain = chain && slices.ContainsFunc(forms[j], func(f []string) bool { return formOf(longForm, f) && formOf(f, short) })
		}
		if !chain {
			continue
		}
		p := all[longest]
		if o.spanned || !p.spanned {
			joinForms(p, o)
		} else {
			joinForms(o, p) // the rules' body keeps its name
		}
	}
}

// maxFormWords bounds the names whose short forms joinTails lists: a
// body's name is shorter, and the forms of a name grow with the square of
// its words.
const maxFormWords = 16

// shortForms returns the shorter names the words ws may be written as
// (formOf), each joined by spaces.
func shortForms(ws []string) []string {
	var out []string
	for k := range ws {
		for n := 1; k+n <= len(ws) && n < len(ws); n++ {
			if formAt(ws, k, n) {
				out = append(out, strings.Join(ws[k:k+n], " "))
			}
		}
	}
	return out
}

// formOf reports whether the words short are a short form of the longer
// name long: its last words, with a head noun among them, or the words
// before its complement ("of", "for", "on"), ending in a head noun; in
// neither case after a complement of long's own (complemented).
func formOf(long, short []string) bool {
	n := len(short)
	for k := 0; k+n <= len(long); k++ {
		if n < len(long) && slices.Equal(long[k:k+n], short) && formAt(long, k, n) {
			return true
		}
	}
	return false
}

// formAt reports whether the n words of long from k are a short form of
// it (formOf).
func formAt(long []string, k, n int) bool {
	l := getLex()
	if complemented(long[:k]) {
		return false
	}
	if k+n == len(long) {
		for _, w := range long[k:] {
			if l.orgHeads[w] {
				return true
			}
		}
		return false
	}
	switch long[k+n] {
	case "of", "for", "on":
		return l.orgHeads[long[k+n-1]]
	}
	return false
}

// complemented reports words before a shorter name that hold a
// complement ("Commission of the African Union", "Department of Justices
// Antitrust Division"): the shorter name is another body, named inside
// the longer one or after it.
func complemented(prefix []string) bool {
	for _, w := range prefix {
		switch w {
		case "of", "for", "on", "the", "to":
			return true
		}
	}
	return false
}

// joinAcronyms joins a lone acronym of three to six capitals ("FTC",
// "SFRC") to the one name whose capitalised words it abbreviates
// ("Federal Trade Commission", "Senate Foreign Relations Committee"),
// when the text writes the two apart rather than defining one by the
// other in brackets.
func joinAcronyms(all []*org) {
	// the names by their initials, and apart by their other acronyms
	// (acronymForms), which count only where no name's initials are the
	// acronym: "FTC" is the Federal Trade Commission's, not the Korea Fair
	// Trade Commission's
	byInitials, byForms := map[string][]*org{}, map[string][]*org{}
	for _, p := range all {
		if p.key == "" || strings.IndexByte(p.name, ' ') < 0 {
			continue
		}
		for i, in := range acronymForms(p.name) {
			if i == 0 && in == initialsOf(p.name) {
				byInitials[in] = append(byInitials[in], p)
			} else {
				byForms[in] = append(byForms[in], p)
			}
		}
	}
	for _, o := range all {
		if o.key == "" || !longAcronym(o.name) || strings.ContainsAny(o.name, "&-") {
			continue
		}
		holders := byInitials[o.name]
		if len(holders) == 0 {
			holders = byForms[o.name]
		}
		var holder *org
		n := 0
		for _, p := range holders {
			if p == o || p.key == "" {
				continue
			}
			if holder == nil || p.name != holder.name {
				n++
			}
			holder = p
		}
		if n != 1 {
			continue
		}
		p, q := mainForm(holder, o)
		if p == o && o.spanned == holder.spanned {
			p, q = holder, o // the words name the body, the acronym is its alias
		}
		joinForms(p, q)
	}
}

// initialsOf returns the initials of a name's capitalised words, without
// connectors ("of", "and"): "FTC" of "Federal Trade Commission". A name
// with a word of another kind (a lower-case word, a digit) has none.
func initialsOf(name string) string { return initialsOfTokens(tokenize(name), false) }

// initialsOfTokens is initialsOf over tokens; with keepOf, an "of"
// between the words gives its "O", as departments' acronyms keep it
// ("DOE" of "Department of Energy", "MOFA" of "Ministry of Foreign
// Affairs").
func initialsOfTokens(toks []token, keepOf bool) string {
	conn := getLex().orgConnectors
	var b strings.Builder
	for _, t := range toks {
		if keepOf && t.key() == "of" {
			b.WriteByte('O')
			continue
		}
		if !t.word || conn[t.key()] {
			continue
		}
		if !isCap(t) || isAcronym(t) {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// acronymForms returns the acronyms of three to six capitals a body's name
// may be written as: the initials of its words (initialsOf) first, also with
// the "O" of its "of" (initialsOfTokens), and for a name that opens with
// its country ("U.S. Department of Agriculture", "UK Ministry of
// Defence") those of the rest, with the country's letters before them
// ("USDA") or without ("EPA" of "U.S. Environmental Protection Agency",
// "MOD").
func acronymForms(name string) []string {
	toks := tokenize(name)
	var out []string
	add := func(in string) {
		if longAcronym(in) && !slices.Contains(out, in) {
			out = append(out, in)
		}
	}
	rest, country := toks, ""
	if n, _ := getLex().countries.match(toks, 0); n > 0 && n < len(toks) {
		rest = toks[n:]
		for _, t := range toks[:n] {
			for _, r := range t.text {
				if unicode.IsUpper(r) {
					country += string(r)
				}
			}
		}
		if len(country) > 3 {
			country = "" // not an abbreviation: "Germany"
		}
	}
	add(initialsOfTokens(toks, false))
	for _, keepOf := range []bool{false, true} {
		in := initialsOfTokens(rest, keepOf)
		if in == "" {
			continue
		}
		add(in)
		if country != "" {
			add(country + in)
		}
	}
	return out
}

// parentOf reports a name that opens with the name parent and goes on
// with a body's name of its own, of two words or more with a head noun:
// "Negev Forum Steering Committee" of "Negev Forum", "USAID Press Office"
// of "USAID", "IAEA Board of Governors" of "IAEA". The shorter name then
// names the body the longer one belongs to, which the annotation lists
// apart (67 such pairs in documents of 29 publishers of the annotated
// corpus, against 4 of 2 where it gives the shorter name as the longer
// one's alias: "Johnson Space Center"), not a short form of it, as
// "Working Group" is of "Working Group on Fisheries".
func parentOf(name, parent string) bool {
	pw := words(parent)
	var ws []token
	for _, t := range tokenize(name) {
		if t.word {
			ws = append(ws, t)
		}
	}
	n := len(pw)
	if n == 0 || len(ws)-n < 2 {
		return false
	}
	for k, w := range pw {
		if ws[k].key() != w {
			return false
		}
	}
	rest := ws[n:]
	if !isCap(rest[0]) {
		return false // a complement: "Working Group on Fisheries"
	}
	l := getLex()
	for _, t := range rest {
		if l.orgHeads[t.key()] {
			return true
		}
	}
	return false
}

// joinPairForms joins a mechanism named by its pair of parties and its
// head to the longer name of the same pair and head that holds all its
// words: "OPEC-India Dialogue" of "OPEC-India Energy Dialogue", "UK-Chile
// Dialogue" of "UK-Chile Trade Dialogue" (the annotation gives the short
// form as an alias of the long one).
func joinPairForms(all []*org) {
	l := getLex()
	pairHeaded := func(ws []string) bool {
		return len(ws) >= 2 && strings.ContainsAny(ws[0], "-–") && l.pairHeads[fold(ws[len(ws)-1])]
	}
	for _, o := range all {
		ows := words(o.name)
		if o.key == "" || !pairHeaded(ows) {
			continue
		}
		var long *org
		for _, p := range all {
			pws := words(p.name)
			if p == o || p.key == "" || len(pws) <= len(ows) || !pairHeaded(pws) || pws[0] != ows[0] || pws[len(pws)-1] != ows[len(ows)-1] {
				continue
			}
			if !wordsSubset(ows, pws) {
				continue
			}
			if long != nil && long != p {
				long = nil // two longer names: either may be meant
				break
			}
			long = p
		}
		if long != nil {
			joinForms(long, o)
		}
	}
}

// wordsSubset reports that every word of a is among the words of b.
func wordsSubset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
