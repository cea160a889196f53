package briefing

import (
	"math"
	"strings"
	"sync"
)

// Where a body's name ends after a connector. The finders stop a name at
// "of", "for", "on", "in" or "and" when what follows is another body, a
// country, a city or a word they do not take ("Press Service Department"
// of "… of the Ministry of Foreign Affairs of the Republic of …",
// "Council of Foreign Ministers" of "… of the Organization of Islamic
// Cooperation", "Department for Work" of "… and Pensions", "British High
// Commission" of "… in Bridgetown"); the annotation names some of these
// bodies with the complement and some without ("U.S. Embassy" and "the
// Government of India" alike). Over the seventeenth session's held-out
// errors, 73 wrong bodies were a shorter form of a missed one in the same
// document, 28 of them cut before one of these connectors (of 24
// publishers). Each mention of a body followed by a connector and a
// capitalised complement proposes the longer forms, one per complement
// (bounded), and a learned scorer (NameModel.Bounds, fitted by
// internal/cmd/trainnames inside each held-out fold) chooses one of them
// for a body the brief lists, or none: the connector, what the complement
// is (a country, a city, another body, a head noun of its own), how often
// the text writes the longer form and the shorter one alone.

// maxBoundSteps bounds the complements a longer form adds ("of the
// Ministry of Foreign Affairs of the Republic of Azerbaijan" is three),
// and maxBoundWords the words it adds.
const (
	maxBoundSteps = 5
	maxBoundWords = 16
)

// boundForm is a longer form of a body's name: the name of a mention
// extended over connectors and capitalised complements.
type boundForm struct {
	name  string
	n     int  // mentions extended so
	first bool // at the body's first full mention
	conn  string
	the   bool // "the" after the first connector
	steps int  // complements added
	added int  // words added
	// what the added words are
	country, city, head, lastHead, person, ends bool
	compKey                                     string   // the first complement's words, folded: "ministry of foreign affairs"
	addedWords                                  []string // the capitalised words added
	tailKey                                     string   // the words after the connector (and "the"), folded
	acronym                                     bool     // the first complement is one acronym
}

// boundConnectors are the connectors a longer form is proposed over.
var boundConnectors = map[string]bool{"of": true, "for": true, "on": true, "in": true, "and": true, "&": true}

// addBounds records the longer forms of mention m of passage s.
func (st *orgStats) addBounds(s *passage, m *omention, first bool) {
	k := m.end
	added := 0
	months := monthNames()
	for step := 1; step <= maxBoundSteps && k+1 < len(s.toks); step++ {
		c := s.toks[k].key()
		if !boundConnectors[c] {
			return
		}
		j := k + 1
		if s.toks[j].key() == "the" {
			if c == "and" || c == "&" {
				return // "and the" opens a second noun phrase: "the Government of India and the Government of …"
			}
			j++
		}
		r := j
		for r < len(s.toks) && s.toks[r].word && (isCap(s.toks[r]) || isAcronym(s.toks[r])) && added+(r-k) < maxBoundWords && !months[s.toks[r].key()] {
			r++
		}
		if r == j {
			return
		}
		added += r - k
		k = r
		if st.bounds == nil {
			st.bounds = map[string]*boundForm{}
		}
		name := span(s.text, s.toks, m.start, r)
		b := st.bounds[name]
		if b == nil {
			b = &boundForm{name: name, steps: step, added: added, first: first}
			st.boundOrder = append(st.boundOrder, name)
			st.bounds[name] = b
			st.describeBound(b, s, m.end, r)
		}
		b.n++
	}
}

// describeBound fills in what the words of s between end and r, added
// to a name, are.
func (st *orgStats) describeBound(b *boundForm, s *passage, end, r int) {
	b.conn = s.toks[end].key()
	if b.conn == "&" {
		b.conn = "and"
	}
	j := end + 1
	if s.toks[j].key() == "the" {
		b.the = true
		j++
	}
	b.country, b.city = true, true
	var comp []string
	inFirst := true
	for k := j; k < r; k++ {
		t := s.toks[k]
		if !t.word {
			continue
		}
		if boundConnectors[t.key()] || t.key() == "the" {
			inFirst = false
			continue
		}
		if inFirst {
			comp = append(comp, fold(t.text))
			b.country = b.country && s.has(k, fCountry)
			b.city = b.city && s.has(k, fCity) && !s.has(k, fCountry)
		}
		if s.has(k, fOrgHead) {
			b.head = true
		}
		if s.owner[k] >= 0 && !s.roleOf[k] {
			b.person = true
		}
		b.addedWords = append(b.addedWords, t.text)
	}
	b.lastHead = s.has(r-1, fOrgHead)
	b.ends = r == len(s.toks) || !s.toks[r].word
	b.compKey = strings.Join(comp, " ")
	b.acronym = len(comp) == 1 && isAcronym(s.toks[j])
	b.tailKey = strings.Join(words(span(s.text, s.toks, j, r)), " ")
}

// boundFeatureNames name the features of a longer form, in the order
// boundFeatures computes them.
var boundFeatureNames = []string{
	"conn_of", "conn_for", "conn_on", "conn_in", "conn_and", // the first connector
	"the",             // "the" after it
	"steps",           // complements added
	"log_added",       // log of the words added
	"comp_country",    // the first complement is a country: "of Kazakhstan"
	"comp_city",       // … a city or a place that is no country: "in Bridgetown"
	"comp_body",       // … another body the text names: "of the Ministry of Foreign Affairs"
	"tail_body",       // the words after the connector are another body's name or alias
	"comp_head",       // a head noun among the words added
	"last_head",       // the longer form ends in a head noun
	"comp_person",     // a person's name among the words added
	"comp_lower",      // share of the words added that the text also writes in lower case: "Work", "Pensions"
	"ends",            // the longer form ends its passage or at punctuation
	"first",           // written at the body's first full mention
	"log_n",           // log of 1 + the mentions written so
	"alone",           // share of the body's mentions not extended at all
	"base_rule",       // the shorter form is a body the rules found
	"base_head_last",  // the shorter form ends in its head noun
	"base_head_exec",  // its head names an executive body: "Department", "Office"
	"base_head_delib", // … a council or court: "Council", "Committee"
	"base_known",      // the lexicon, the gazetteer or the list of bodies knows the shorter form
	"long_listed",     // the list of bodies or the lexicon knows the longer form
	"log_base_words",  // log of the words of the shorter form
	"base_country_in", // a country in the shorter form already: "Indian Ministry"
	"base_one_word",   // the shorter form is one word
	"base_event_last", // the shorter form ends in an event noun: "Summit"
	"base_head_of",    // the shorter form's head has a complement already: "Department for Work"
	"comp_acronym",    // the first complement is one acronym: "and UNICEF"
}

// BoundFeatureNames returns the names of the features of a body's longer
// forms (OrgCandidate.Longer), which NameModel.Bounds weighs.
func BoundFeatureNames() []string { return boundFeatureNames }

// LongerForm is a longer form of a proposed body's name, with the
// features NameModel.Bounds weighs.
type LongerForm struct {
	Name     string
	Features []float64
	alone    bool // the text writes the shorter form alone too
}

// longerForms returns the longer forms of o, in the order of their first
// mention; x are o's organisation features.
func (a *analysis) longerForms(o *org, x []float64, names map[string]bool) []LongerForm {
	st := &o.st
	if len(st.boundOrder) == 0 {
		return nil
	}
	extended := 0 // mentions extended at all: each adds one to the one-step form
	for _, name := range st.boundOrder {
		if b := st.bounds[name]; b.steps == 1 {
			extended += b.n
		}
	}
	alone := float64(max(st.mentions-extended, 0)) / float64(max(st.mentions, 1))
	l := getLex()
	fi := orgFeatureIndex()
	out := make([]LongerForm, 0, len(st.boundOrder))
	for _, name := range st.boundOrder {
		b := st.bounds[name]
		_, knownLong := l.knownOrgs[b.name]
		longListed := knownLong || getListedOrgs().features(b.name, nil).name
		f := []float64{
			b2f(b.conn == "of"), b2f(b.conn == "for"), b2f(b.conn == "on"), b2f(b.conn == "in"), b2f(b.conn == "and"),
			b2f(b.the),
			float64(b.steps),
			math.Log(float64(max(b.added, 1))),
			b2f(b.country),
			b2f(b.city),
			b2f(names[b.compKey]),
			b2f(names[b.tailKey]),
			b2f(b.head),
			b2f(b.lastHead),
			b2f(b.person),
			a.lowerShare(b.addedWords),
			b2f(b.ends),
			b2f(b.first),
			math.Log1p(float64(b.n)),
			alone,
			1 - x[fi["spanned"]],
			x[fi["head_last"]],
			x[fi["head_executive"]],
			x[fi["head_deliberative"]],
			b2f(x[fi["known"]] == 1 || x[fi["known_body"]] == 1 || x[fi["listed"]] == 1),
			b2f(longListed),
			x[fi["log_words"]],
			x[fi["country_in"]],
			x[fi["one_word"]],
			x[fi["event_last"]],
			x[fi["head_of"]],
			b2f(b.acronym),
		}
		out = append(out, LongerForm{Name: b.name, Features: f, alone: alone > 0})
	}
	return out
}

// orgFeatureIndex maps the organisation features' names to their places.
var orgFeatureIndex = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, n := range orgFeatureNames {
		m[n] = i
	}
	return m
})

// chooseLonger names org, a body the brief lists, by the longer form the
// bounds scorer m likes best from its threshold, if any; its shorter
// name stays an alias when the text writes it alone too.
func chooseLonger(org *Organisation, forms []LongerForm, m *Scorer) {
	if len(m.Features) == 0 || len(forms) == 0 {
		return
	}
	best, bestP := -1, 0.0
	for i, f := range forms {
		if p := m.Probability(f.Features); p >= m.Threshold && p > bestP {
			best, bestP = i, p
		}
	}
	if best < 0 {
		return
	}
	f := forms[best]
	aliases := make([]string, 0, len(org.Aliases)+1)
	if f.alone {
		aliases = append(aliases, org.Name)
	}
	for _, al := range org.Aliases {
		if al != f.Name {
			aliases = append(aliases, al)
		}
	}
	org.Name, org.Aliases = f.Name, aliases
}
