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
// bodies.

// joinVariants joins the candidates of all that name one body in two
// forms: each group of forms becomes one body, named by the rules' body
// if there is one, else by its longest form, with the others as aliases.
// A form that could belong to two bodies of the text ("Council" with
// "Security Council" and "European Council") is left alone.
func joinVariants(all []*org) {
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
	st.linked = append(st.linked, o.linked...)
}

// formKey is a body's name as a bag of words: folded, without "of", "the"
// and "and", "-isation" written "-ization", sorted; the countries its name
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
		switch f {
		case "of", "the", "and":
			continue
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
			headed = headed || l.orgHeads[w]
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
		country, without := "", false
		for _, f := range g {
			without = without || f.countries == ""
			if f.countries != "" && country != "" && f.countries != country {
				country = "\x00" // two countries: two bodies
				break
			}
			if f.countries != "" {
				country = f.countries
			}
		}
		if country == "\x00" {
			continue
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

// joinTails joins a name that is the last words of a longer one and ends
// in a head noun ("Armed Services Committee", "Forum Secretariat",
// "Council") to the longer one, when every name it ends is itself the last
// words of the longest: "Council" of "Gulf Cooperation Council" and
// "Cooperation Council", not of "Security Council" and "European Council".
func joinTails(all []*org) {
	l := getLex()
	ws := make([][]string, len(all))
	for i, o := range all {
		if o.key != "" {
			ws[i] = words(o.name)
		}
	}
	// the shorter names first, so that each joins the longest holder
	order := make([]int, 0, len(all))
	for i := range all {
		if all[i].key != "" && len(ws[i]) > 0 && l.orgHeads[ws[i][len(ws[i])-1]] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(i, j int) int { return len(ws[i]) - len(ws[j]) })
	for _, i := range order {
		o := all[i]
		if o.key == "" {
			continue
		}
		longest := -1
		var holders []int
		for j, p := range all {
			if j == i || p.key == "" || len(ws[j]) <= len(ws[i]) || !endsWith(ws[j], ws[i]) || complemented(ws[j][:len(ws[j])-len(ws[i])]) {
				continue
			}
			holders = append(holders, j)
			if longest < 0 || len(ws[j]) > len(ws[longest]) {
				longest = j
			}
		}
		if longest < 0 {
			continue
		}
		chain := true
		for _, j := range holders {
			chain = chain && endsWith(ws[longest], ws[j])
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

// endsWith reports whether the words of a end with those of b.
func endsWith(a, b []string) bool {
	return len(a) >= len(b) && slices.Equal(a[len(a)-len(b):], b)
}

// joinAcronyms joins a lone acronym of three to six capitals ("FTC",
// "SFRC") to the one name whose capitalised words it abbreviates
// ("Federal Trade Commission", "Senate Foreign Relations Committee"),
// when the text writes the two apart rather than defining one by the
// other in brackets.
func joinAcronyms(all []*org) {
	for _, o := range all {
		if o.key == "" || !longAcronym(o.name) || strings.ContainsAny(o.name, "&-") {
			continue
		}
		var holder *org
		n := 0
		for _, p := range all {
			if p == o || p.key == "" || strings.IndexByte(p.name, ' ') < 0 || initialsOf(p.name) != o.name {
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
func initialsOf(name string) string {
	conn := getLex().orgConnectors
	var b strings.Builder
	for _, t := range tokenize(name) {
		if !t.word {
			continue
		}
		if conn[t.key()] {
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
