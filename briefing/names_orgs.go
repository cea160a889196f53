package briefing

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/brief-dev/brief/summarize"
)

// The organisation model: the rules of orgs.go and findOrgs propose bodies
// generously (also those inside a person's office, which the rules alone
// drop), capitalised spans no rule claimed are proposed besides, and a
// logistic model over general features of each proposed body (its shape,
// head noun, how and how often the text mentions it) decides which of
// those the rules alone would not list the brief lists too.
// internal/cmd/trainnames fits it on the annotated corpus
// (names_model.json).
//
// Tried and left out, each measured leave-one-publisher-out over the 428
// annotated documents: the shares of a body's sentences that give
// background (backgroundRE), list attendance (attendanceRE) or quote
// (isQuote) moved F1 by 0.1 and cost 7 % of New; an acronym followed by
// any lower-case noun ("DNA samples") lost 0.2; letting the model drop the
// rules' own bodies too, with one threshold or a lower one of their own,
// and weighing its features apart for them, changed nothing. Without the
// subject, title, first-paragraph, sentence-count and crowded-sentence
// features F1 was 77.3 rather than 77.0, within noise, but the model fitted
// on everything then lost one of the White House set's organisations
// (below its floor), so they stay. Shares of a name's mentions after
// "about", after an office and "of" or "at" ("CEO of AirKast"), before
// ", a …" and next to a legal form ("Inc.") left F1 where it was (77.6
// with them, 77.7 without): the one publisher of company releases is
// held out when it is scored, and the others name too few firms to weigh
// them; the rules' apposition ("Zonit, a leader in …") did the work.
// The share of a span's mentions joined by "and" or a comma to a body the
// rules found ("EPP, S&D and Renew") lost 0.3 of F1 (82.9 without it,
// 82.6 with it, over the 480 documents): the rules' bodies sit in lists
// of programmes and places as often as in lists of bodies. Whether a name
// opens with a one-word body the rules found or the lexicon knows ("ASEAN
// Senior Officials") and whether an acronym's expansion, or a name's
// acronym, is in the text left F1 where it was (83.7 without both, 83.4
// with them): the rules already take the acronyms a text defines.
// For bodies named without a head noun ("Acme", "the Kremlin"), over 815
// documents of 66 publishers, where 389 such spans the rules do not list
// are bodies and 5,823 are not: the share of a span's mentions after an
// office and "of", "at" or "for" ("chief executive of Acme", "a
// spokesperson for Acme": 14 bodies of 6 publishers, 16 non-bodies), of
// those followed by a lower-case word shaped like a finite verb ("Acme
// invests", "Acme opened": 108 bodies of 33 publishers, 838 non-bodies;
// 37 and 366 when the span opens its sentence) and of those "its" refers
// back to ("Acme announced its results": 15 bodies of 8 publishers, 22
// non-bodies) left F1 at 82.8 (P 87.6 → 87.2, R 78.5 → 78.7; six
// publishers up, eight down); without the verb shape 82.7, the verb shape
// alone 82.7. The signals that separate well fire on too few spans; the
// one that fires often is a body on one span in nine, hardly more than
// the one in eleven of "frac_subject" (16 bodies, 168 non-bodies), which
// the model weighs already.
// A learned list of the words that end bodies' names, the log-odds
// (smoothed, from the publishers other than the candidate's own and the
// held-out one, words of two publishers or more) that a proposed name
// ending in its last word is a body, left organisations at 80.6 → 80.4
// over 1,227 documents of 112 publishers (P 86.0 → 84.9, R 75.9 → 76.3;
// 37 publishers up, 27 down): "Ministers" ends far more offices and
// meetings than bodies, and "Cabinet of Ministers" was lost in 25
// documents of one publisher.

// orgStats sums up the mentions of one body.
type orgStats struct {
	first     *passage // the passage and tokens of the first full mention
	start     int
	end       int
	mentions  int
	titles    int // mentions in the title or a heading
	the       int // mentions right after "the"
	sentStart int // mentions that open their sentence
	known     int // mentions of a body of the lexicon
	short     int // short forms and lone acronyms
	nameOnly  int // only part of an event's name
	inRole    int // inside a person's office
	list      int // next to another body: "X and Y", "X, Y", "X and the Y"
	roleAfter int // an office follows: "NASA Administrator"
	prep      int // after a preposition that introduces a party: "with", "by", "between"
	poss      int // followed by "’s"
	wholeLine int // the whole passage
	subject   int // followed by a verb of meeting, agreeing or saying: "X signed", "X will host"
	attend    int // after an attendance or signatory phrase: "signed by", "hosted by", "delegation of"
	numNext   int // a number right before or after: "LKR 500", "2030 Agenda"
	thingNext int // followed by a lower-case noun that makes it a thing's name: "TPP agreement"
	dateline  int // a source of a wire dateline: "(UrduPoint / WAM - 18th Dec, 2020)"
	gazetteer int // mentions whose name the gazetteer of well-known bodies knows (orgs_known.go)
	gazOnly   int // mentions only the gazetteer proposed
	afterName int // right after a person's name, or after it and a comma: "Jenayn S. Hong, MOE, RME", "Bob Carr MP"
	verbNext  int // followed by an auxiliary or a form of "be" or "have": the subject of a clause, "X has", "X will", "X is"
	inPlace   int // after "in", "across", "throughout" or "within", as places and periods are: "in the Western Hemisphere"
	relNext   int // followed by "with", "between" or "among", as agreements, dialogues and talks are: "Strategic Dialogue with"
	// linked are the sentences of lone head nouns joined to the body
	// (joinLoneHeads): its mentions for the brief and the model, but not
	// in its indices, which the outcome features read whether or not the
	// spans have been proposed yet
	linked []int
}

func (st *orgStats) add(s *passage, m *omention) {
	if st.first == nil && !m.short {
		st.first, st.start, st.end = s, m.start, m.end
	}
	st.mentions++
	if s.index < 0 {
		st.titles++
	}
	if m.start > 0 && s.toks[m.start-1].key() == "the" {
		st.the++
	}
	if m.start == 0 || m.start == 1 && s.toks[0].key() == "the" {
		st.sentStart++
	}
	if m.known {
		st.known++
	}
	if m.short {
		st.short++
	}
	if m.gazetteer {
		st.gazetteer++
	}
	if m.gazOnly {
		st.gazOnly++
	}
	if m.nameOnly {
		st.nameOnly++
	}
	if m.inRole {
		st.inRole++
	}
	if m.end < len(s.toks) && s.has(m.end, fRole) {
		st.roleAfter++
	}
	if m.start == 0 && (m.end == len(s.toks) || m.end == len(s.toks)-1 && !s.toks[m.end].word) {
		st.wholeLine++
	}
	if m.end < len(s.toks) && isPossessive(s.toks[m.end]) {
		st.poss++
	}
	if s.afterName(m.start) {
		st.afterName++
	}
	if p := m.start - 1; p >= 0 && s.toks[p].key() == "the" {
		p--
		if p >= 0 && partyPreps[s.toks[p].key()] {
			st.prep++
		}
	} else if p >= 0 && partyPreps[s.toks[p].key()] {
		st.prep++
	}
	if m.end < len(s.toks) {
		k := m.end
		for k < len(s.toks)-1 && auxWords[s.toks[k].key()] {
			k++ // "X has signed", "X will also host"
		}
		if t := s.toks[k]; isLowerWord(t) && actVerbs[t.text] {
			st.subject++
		}
		if t := s.toks[m.end]; isLowerWord(t) && thingNouns[t.text] {
			st.thingNext++
		}
	}
	if isNumber(s, m.start-1) || isNumber(s, m.end) {
		st.numNext++
	}
	if m.end < len(s.toks) && finiteAux[s.toks[m.end].text] {
		st.verbNext++
	}
	if m.end < len(s.toks) {
		switch s.toks[m.end].text {
		case "with", "between", "among":
			st.relNext++
		}
	}
	if p := m.start - 1; p >= 0 {
		if s.toks[p].key() == "the" && p > 0 {
			p--
		}
		if placePreps[s.toks[p].key()] {
			st.inPlace++
		}
	}
	if p := m.start - 1; p >= 1 {
		if s.toks[p].key() == "the" {
			p--
		}
		if p >= 1 {
			prev, w := s.toks[p-1].key(), s.toks[p].key()
			if w == "by" && attendVerbs[prev] || (w == "of" || w == "from") && (prev == "delegation" || prev == "delegations" || prev == "representatives" || prev == "members") || w == "between" {
				st.attend++
			}
		}
	}
	if e := m.end + 1; m.end < len(s.toks) && (s.toks[m.end].text == "," || s.toks[m.end].key() == "and") && e < len(s.toks) {
		if s.toks[e].key() == "the" {
			e++ // "ONGC and the Sabarmati Riverfront Development Corporation"
		}
		if e < len(s.toks) && isCap(s.toks[e]) {
			st.list++
		}
	}
}

// orgFeatureNames name the features of a proposed body, in the order
// orgFeatures computes them.
var orgFeatureNames = []string{
	"rule",              // the rules alone would list it
	"in_role",           // every mention lies in a person's office
	"definite",          // defined with an acronym: "… (IMF)"
	"known",             // a body of the lexicon
	"short_only",        // named only by a short form or acronym
	"name_only",         // named only as part of an event's name
	"log_words",         // log of the number of words of its name
	"one_word",          // its name is one word
	"acronym_name",      // its name is an acronym
	"has_head",          // an organisation head noun in its name
	"head_last",         // the name ends in its head noun: "Asian Development Bank"
	"head_of",           // head noun then a complement: "Ministry of Finance"
	"government",        // its head is "Government"
	"country_first",     // its name opens with a country or demonym
	"country_in",        // a country or demonym in its name
	"log_mentions",      // log of 1 + the number of mentions
	"title_only",        // named only in the title or headings
	"frac_the",          // share of mentions after "the"
	"frac_sent_open",    // share of mentions that open a sentence
	"aliases",           // has other names in the text
	"digit",             // a digit in its name
	"and",               // "and" or "&" inside its name
	"name_words",        // share of its words that could be a person's name
	"event_last",        // its last word is an event noun: "Summit"
	"frac_list",         // share of mentions followed by another capitalised name after "and" or a comma
	"lower_words",       // share of lower-case words in its name
	"spanned",           // proposed as a capitalised span, not by the rules
	"role_in",           // a word of an office in its name
	"place_in",          // a city or country word in its name
	"frac_role_after",   // share of mentions followed by an office: "NASA Administrator"
	"frac_prep",         // share of mentions after "with", "by", "between", "from", "at"
	"frac_poss",         // share of mentions followed by "’s"
	"roman",             // its name is a Roman numeral: "III"
	"plural",            // its name ends in a plural "s" of an acronym or a head: "MEPs"
	"lower_elsewhere",   // share of its words that the text also writes in lower case
	"all_role",          // every capitalised word of its name is an office's: "Cabinet of Ministers"
	"head_executive",    // its last head noun names an executive body: "Ministry", "Department", "Office"
	"head_deliberative", // … a council or court: "Council", "Committee", "Parliament", "Court"
	"head_company",      // … a firm or a fund: "Bank", "Fund", "Corporation", "Limited"
	"head_grouping",     // … a grouping: "Forum", "Alliance", "Union", "Group", "Association"
	"head_weak",         // a weak head: "Initiative", "Programme", "Platform"
	"frac_whole_line",   // share of mentions that are a whole line: a sign-off or a byline
	"frac_subject",      // share of mentions followed by a verb of meeting, agreeing or saying
	"frac_attend",       // share of mentions after "signed by", "hosted by", "delegation of", "between"
	"frac_num_next",     // share of mentions next to a number: a currency or a dated programme
	"frac_thing_next",   // share of mentions followed by "agreement", "deal", "programme", "status"
	"in_title",          // named in the title or a heading
	"first_para",        // named in the first paragraph
	"log_sentences",     // log of 1 + the number of sentences naming it
	"frac_crowded",      // share of its sentences that name three or more bodies
	"frac_dateline",     // share of mentions that are a source of a wire dateline: "/24-7PressRelease/ --"
	"long_acronym",      // an acronym of three to six capitals and nothing else: "EFTA", "NAACP", not "PM", "COVID-19", "MEPs"
	"known_body",        // the gazetteer of well-known bodies knows its name or an alias (orgs_known.go)
	"measure",           // its name ends in a measure's acronym: "GDP", "Total CPI", "MW" (organisations.txt [measures])
	"frac_after_name",   // share of mentions right after a person's name, or after it and a comma: post-nominal letters, "Jenayn S. Hong, MOE, RME"
	"office_body",       // its name is also written inside a person's office: "the Commonwealth" and "Commonwealth Secretary-General"
	"opens_names",       // another candidate's name opens with its name: "the Commonwealth" and "Commonwealth Ministerial Action Group"
	"venue",             // its name ends as a venue's: "Hilton Hotel", "Convention Centre" (organisations.txt [venues])
	"frac_verb_next",    // share of mentions followed by an auxiliary or a form of "be" or "have": "X has", "X will", "X is"
	"frac_in_place",     // share of mentions after "in", "across", "throughout", "within": "in the Western Hemisphere"
	"frac_rel_next",     // share of mentions followed by "with", "between", "among": "Strategic Dialogue with"
	"listed",            // its name or an alias is a name of the list of government bodies, companies and universities (orgs_listed.go)
	"listed_opening",    // its name opens a listed name without being one: "Walgreens" of "Walgreens Boots Alliance"
	"listed_holds",      // its name holds a shorter listed name: "Google Cloud"
	"listed_cover",      // share of its words inside the listed names it is or holds
	"inner_capital",     // a word with a capital after a lower-case letter: "BioNTech", "TheCityUK"
	"event_head",        // its last word heads the names of events and programmes as often as bodies': "Forum", a weak head ("Programme")
	"ror",               // its name or an alias is a name of the list of registered organisations (orgs_ror.go)
}

// headClasses group the head nouns of organisations.txt by the kind of
// body they name: a feature each, so that the model weighs the kinds, not
// single words.
var headClasses = map[string]int{
	"ministry": 1, "ministries": 1, "department": 1, "office": 1, "secretariat": 1, "agency": 1, "authority": 1,
	"bureau": 1, "directorate": 1, "government": 1, "administration": 1, "embassy": 1, "consulate": 1, "command": 1,
	"commission": 2, "council": 2, "committee": 2, "board": 2, "parliament": 2, "congress": 2, "senate": 2,
	"assembly": 2, "court": 2, "tribunal": 2, "cabinet": 2,
	"bank": 3, "fund": 3, "corporation": 3, "company": 3, "limited": 3, "ltd": 3, "inc": 3, "llc": 3, "ab": 3,
	"labs": 3, "laboratories": 3, "trust": 3,
	"forum": 4, "alliance": 4, "union": 4, "group": 4, "groups": 4, "association": 4, "federation": 4,
	"confederation": 4, "chamber": 4, "coalition": 4, "community": 4, "organization": 4, "organisation": 4,
	"party": 4, "society": 4,
}

// auxWords may stand between a subject and its verb: "X has signed",
// "X will also host".
var auxWords = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true,
	"also": true, "jointly": true, "today": true, "formally": true, "officially": true, "further": true}

// actVerbs are verbs whose subject takes part in what a document reports:
// meeting, agreeing, deciding, announcing, saying.
var actVerbs = map[string]bool{
	"signed": true, "sign": true, "signs": true, "agreed": true, "agree": true, "agrees": true, "met": true, "meet": true, "meets": true,
	"held": true, "hold": true, "holds": true, "hosted": true, "host": true, "hosts": true, "announced": true, "announce": true, "announces": true,
	"welcomed": true, "welcome": true, "welcomes": true, "launched": true, "launch": true, "launches": true, "adopted": true, "adopt": true, "adopts": true,
	"approved": true, "approve": true, "approves": true, "decided": true, "decide": true, "decides": true, "reaffirmed": true, "reaffirm": true,
	"committed": true, "commit": true, "commits": true, "pledged": true, "pledge": true, "pledges": true, "discussed": true, "discuss": true,
	"said": true, "says": true, "stated": true, "called": true, "calls": true, "urged": true, "urges": true, "expressed": true, "expresses": true,
	"issued": true, "issues": true, "organised": true, "organized": true, "convened": true, "convenes": true, "concluded": true, "concludes": true,
	"visited": true, "visits": true, "received": true, "receives": true, "provided": true, "provides": true, "provide": true,
	"released": true, "releases": true, "published": true, "publishes": true, "filed": true, "charged": true, "awarded": true, "awards": true,
	"signing": true, "co-chaired": true, "chaired": true, "led": true, "leads": true, "joined": true, "joins": true,
}

// finiteAux are the auxiliaries and the forms of "be" and "have" that
// follow the subject of a clause: a name followed by one acts or is
// described ("X has approved", "X will host", "X is a member").
var finiteAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "must": true,
	"does": true, "did": true}

// placePreps put a place or a period after them, rarely a body: "in
// Jammu", "across the Western Hemisphere", "throughout the Pacific".
var placePreps = map[string]bool{"in": true, "across": true, "throughout": true, "within": true}

// attendVerbs before "by" name who attended, signed or led.
var attendVerbs = map[string]bool{"signed": true, "hosted": true, "led": true, "attended": true, "organised": true, "organized": true,
	"represented": true, "chaired": true, "co-chaired": true, "convened": true, "witnessed": true, "issued": true, "announced": true}

// thingNouns after a capitalised name make it a thing's name, not a
// body's: "TPP agreement", "GSP plus status", "SDG targets".
var thingNouns = map[string]bool{
	"agreement": true, "agreements": true, "deal": true, "treaty": true, "programme": true, "program": true, "scheme": true,
	"project": true, "projects": true, "negotiations": true, "talks": true, "facility": true, "status": true, "framework": true,
	"plus": true, "rate": true, "rates": true, "benefits": true, "concessions": true, "targets": true, "goals": true, "funds": true,
	"million": true, "billion": true, "bn": true, "mn": true, "process": true, "regime": true, "standards": true, "protocol": true,
	"vaccine": true, "vaccines": true, "pandemic": true, "crisis": true, "summit": true, "meeting": true, "visit": true, "declaration": true,
}

// isNumber reports a token at k that is a number: "500", "2030", "1.2".
func isNumber(s *passage, k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].text == "" {
		return false
	}
	c := s.toks[k].text[0]
	return c >= '0' && c <= '9'
}

// partyPreps introduce a party: "talks with", "signed by", "between".
var partyPreps = map[string]bool{"with": true, "by": true, "between": true, "from": true, "at": true, "among": true}

// OrgFeatureNames returns the names of the organisation model's features:
// orgFeatureNames, then each again for the capitalised spans alone
// ("span*has_head"), so that the rules' proposals and the spans, which
// differ in what their features mean, are weighed apart.
func OrgFeatureNames() []string { return allOrgFeatureNames() }

var allOrgFeatureNames = sync.OnceValue(func() []string {
	out := append([]string(nil), orgFeatureNames...)
	for _, i := range spanInteractions() {
		out = append(out, "span*"+orgFeatureNames[i])
	}
	return out
})

// spanInteractions are the features weighed again for capitalised spans:
// all but those a span never has (the rules' verdicts, acronym
// definitions, lexicon hits, aliases) and "spanned" itself.
var spanInteractions = sync.OnceValue(func() []int {
	var out []int
	for i, n := range orgFeatureNames {
		switch n {
		case "rule", "in_role", "definite", "known", "short_only", "name_only", "aliases", "spanned", "known_body", "measure", "venue":
			continue
		}
		out = append(out, i)
	}
	return out
})

// OrgCandidate is a body proposed for the brief, with the organisation
// model's features.
type OrgCandidate struct {
	Organisation
	Features []float64
	Span     bool // a capitalised span, not a body the rules found
}

// OrgCandidates returns the bodies proposed in d, in order of first
// mention: what internal/cmd/trainnames labels and fits the model on.
func OrgCandidates(d *summarize.Document) []OrgCandidate {
	if d == nil {
		return nil
	}
	return analyse(d).orgCandidates()
}

func (a *analysis) orgCandidates() []OrgCandidate {
	if a.spanned == nil {
		a.spanCandidates()
	}
	all := append(a.orgs[:len(a.orgs):len(a.orgs)], a.spanned...)
	bodies := map[int]int{} // bodies named per sentence
	for _, o := range all {
		if o.key != "" {
			for _, i := range o.mentionIndices() {
				bodies[i]++
			}
		}
	}
	// the names other candidates open with: "Commonwealth" of
	// "Commonwealth Ministerial Action Group"
	a.namePrefixes = map[string]bool{}
	for _, o := range all {
		if o.key == "" {
			continue
		}
		ws := words(o.name)
		for n := 1; n < len(ws); n++ {
			a.namePrefixes[strings.Join(ws[:n], " ")] = true
		}
	}
	var out []OrgCandidate
	for _, o := range all {
		if o.key == "" {
			continue // merged into another body
		}
		idx := o.mentionIndices()
		sort.Ints(idx)
		out = append(out, OrgCandidate{
			Organisation: Organisation{Name: o.name, Aliases: a.withArticles(o.name, nonNil(o.aliases)), Indices: idx},
			Features:     a.orgFeatures(o, bodies),
			Span:         o.spanned,
		})
	}
	return out
}

// joinShortForms joins a body named by another's name or alias followed
// by that body's own short form ("NATO Alliance": NATO, which texts call
// "the Alliance"; organisations.txt [short]) to that body: one body, not
// two.
func joinShortForms(all []*org) {
	fullOf := map[string]string{}
	for _, sf := range getLex().short {
		fullOf[sf.short] = sf.full
	}
	byName := orgsByName(all)
	for _, o := range all {
		rest, last, ok := cutLastWord(o.name)
		if !ok || o.key == "" || fullOf[last] == "" {
			continue
		}
		p := byName[fullOf[last]]
		if p == nil || p == o || p.key == "" || !(p.name == rest || slices.Contains(p.aliases, rest) || knownAlias(p.name, rest)) {
			continue
		}
		mergeOrg(p, o)
	}
}

// joinCountryPrefixed joins a body to the same name with its country
// before it ("Department of State", "U.S. Department of State"), the
// longer one keeping both: one body, not two.
func joinCountryPrefixed(all []*org) {
	byName := orgsByName(all)
	for _, p := range all {
		for i := strings.IndexByte(p.name, ' '); i > 0 && p.key != ""; {
			if o := byName[p.name[i+1:]]; o != nil && o != p && o.key != "" && namesCountry(p.name[:i]) {
				mergeOrg(p, o)
				break
			}
			j := strings.IndexByte(p.name[i+1:], ' ')
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
}

// joinLoneHeads joins a lone capitalised head noun ("the Bank", "the
// Committee") to the one body of the rules whose name holds it ("Bank of
// Canada", "Monetary Policy Committee"): a short form of a body the text
// has named in full, not a body of its own. With two such bodies, or
// none, the lone word is left to the names model.
func joinLoneHeads(all []*org) {
	l := getLex()
	// the rules' bodies by the head nouns of their names; nil where two
	// bodies of different names hold the same head
	holders := map[string]*org{}
	ambiguous := map[string]bool{}
	for _, p := range all {
		if p.spanned || p.key == "" || strings.IndexByte(p.name, ' ') < 0 {
			continue
		}
		for _, w := range words(p.name) {
			if !l.orgHeads[w] {
				continue
			}
			if q, ok := holders[w]; ok && q.name != p.name {
				ambiguous[w] = true
			} else if !ok {
				holders[w] = p
			}
		}
	}
	for _, o := range all {
		if !o.spanned || o.key == "" || strings.IndexByte(o.name, ' ') >= 0 {
			continue
		}
		w := fold(o.name)
		if p := holders[w]; p != nil && !ambiguous[w] && p.key != "" {
			addMention(&p.aliases, o.name)
			p.st.linked = append(p.st.linked, o.indices...)
			p.inRole = p.inRole && o.inRole
			o.key = "" // merged
		}
	}
}

// orgsByName indexes the bodies not merged away by name (the first of a
// name).
func orgsByName(all []*org) map[string]*org {
	m := make(map[string]*org, len(all))
	for _, o := range all {
		if _, ok := m[o.name]; !ok && o.key != "" {
			m[o.name] = o
		}
	}
	return m
}

// mentionIndices returns a new slice of the sentences that name o, with
// those of the lone head nouns joined to it.
func (o *org) mentionIndices() []int {
	idx := append([]int{}, o.indices...)
	if len(o.st.linked) == 0 {
		return idx
	}
	seen := make(map[int]bool, len(idx)+len(o.st.linked))
	for _, i := range idx {
		seen[i] = true
	}
	for _, i := range o.st.linked {
		if i >= 0 && !seen[i] {
			seen[i] = true
			idx = append(idx, i)
		}
	}
	return idx
}

// mergeOrg makes o an alias of p.
func mergeOrg(p, o *org) {
	addMention(&p.aliases, o.name)
	for _, i := range o.indices {
		addIndex(&p.indices, i)
	}
	p.inRole = p.inRole && o.inRole
	o.key = "" // merged
}

// namesCountry reports words that are a country's name, abbreviation or
// demonym and nothing else: "U.S.", "Indian".
func namesCountry(words string) bool {
	toks := tokenize(words)
	n, _ := getLex().countries.match(toks, 0)
	return n > 0 && n == len(toks)
}

// knownAlias reports alias as one the lexicon gives the known body name.
func knownAlias(name, alias string) bool {
	k, ok := getLex().knownOrgs[name]
	return ok && slices.Contains(k.aliases, alias)
}

// cutLastWord splits a name of two words or more before its last word.
func cutLastWord(name string) (rest, last string, ok bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return "", "", false
	}
	return name[:i], name[i+1:], true
}

// b2f is a feature's value of a yes or no: 1 or 0.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (a *analysis) orgFeatures(o *org, bodies map[int]int) []float64 {
	l := getLex()
	st := o.st
	n := max(st.mentions, 1)
	frac := func(k int) float64 { return float64(k) / float64(n) }
	ws := words(o.name)
	_, known := l.knownOrgs[o.name]
	var roleIn, placeIn bool
	headClass, weak := 0, false
	allRole := st.first != nil
	var hasHead, headLast, headOf, gov, countryFirst, countryIn, digit, and, eventLast bool
	nameWords, lower := 0, 0
	if s := st.first; s != nil {
		for k := st.start; k < st.end; k++ {
			t := s.toks[k]
			if !t.word {
				if t.text == "&" {
					and = true
				}
				continue
			}
			f := fold(t.text)
			if l.orgWeak[f] {
				weak = true
			}
			// a head in capitals, which the rules leave alone, counts
			// here: "MINISTRY OF TRADE AND INDUSTRY" of an issuing line
			if s.has(k, fOrgHead) || l.orgHeads[f] && strings.ToUpper(t.text) == t.text && !s.has(k, fRole) {
				headClass = headClasses[f]
				hasHead = true
				if k == st.end-1 {
					headLast = true
				}
				if k+1 < st.end && (s.toks[k+1].key() == "of" || s.toks[k+1].key() == "for" || s.toks[k+1].key() == "on") {
					headOf = true
				}
				if f == "government" {
					gov = true
				}
			}
			if s.has(k, fCountry) {
				countryIn = true
				if k == st.start {
					countryFirst = true
				}
			}
			roleIn = roleIn || s.has(k, fRole)
			if isCap(t) && !s.has(k, fRole) {
				allRole = false
			}
			placeIn = placeIn || s.has(k, fCountry|fCity)
			if strings.ContainsAny(t.text, "0123456789") {
				digit = true
			}
			if f == "and" {
				and = true
			}
			if s.has(k, fName) {
				nameWords++
			}
			if isLowerWord(t) {
				lower++
			}
		}
		eventLast = l.eventNouns[s.toks[st.end-1].key()]
	} else {
		// only short forms: look at the name itself
		for _, w := range ws {
			if l.orgHeads[fold(w)] {
				hasHead = true
			}
		}
	}
	nw := max(len(ws), 1)
	venue := venueName(o.name)
	// a name that ends in "Forum" or a weak head names an event or a
	// programme as often as a body ("Global Refugee Forum", "Business
	// Forum", "Teacher Pathway Program (TPP)"): the model decides on it
	// unless the lexicon or the gazetteer knows it ("Pacific Islands
	// Forum", "World Food Programme")
	eventHead := eventHeadName(ws) && !known && st.gazetteer == 0
	// the vector at its full length at once: one allocation for every
	// candidate body
	x := append(make([]float64, 0, len(allOrgFeatureNames())),
		// the model decides on a body only the gazetteer proposed, and on
		// a name that ends as a venue's ("International Convention Centre")
		b2f(!o.spanned && !(o.inRole && !o.definite) && !(st.gazOnly == st.mentions && st.mentions > 0) && !venue && !eventHead),
		b2f(o.inRole),
		b2f(o.definite),
		b2f(known),
		b2f(st.short == st.mentions),
		b2f(st.nameOnly == st.mentions && st.mentions > 0),
		math.Log(float64(nw)),
		b2f(len(ws) == 1),
		b2f(len(ws) == 1 && isAcronym(token{text: o.name, word: true})),
		b2f(hasHead),
		b2f(headLast),
		b2f(headOf),
		b2f(gov),
		b2f(countryFirst),
		b2f(countryIn),
		math.Log1p(float64(st.mentions)),
		b2f(st.titles == st.mentions && st.mentions > 0),
		frac(st.the),
		frac(st.sentStart),
		b2f(len(o.aliases) > 0),
		b2f(digit),
		b2f(and),
		float64(nameWords)/float64(nw),
		b2f(eventLast),
		frac(st.list),
		float64(lower)/float64(nw),
		b2f(o.spanned),
		b2f(roleIn),
		b2f(placeIn),
		frac(st.roleAfter),
		frac(st.prep),
		frac(st.poss),
		b2f(isRoman(o.name)),
		b2f(pluralAcronym(o.name)),
		a.lowerShare(ws),
		b2f(allRole),
		b2f(headClass == 1),
		b2f(headClass == 2),
		b2f(headClass == 3),
		b2f(headClass == 4),
		b2f(weak),
		frac(st.wholeLine),
		frac(st.subject),
		frac(st.attend),
		frac(st.numNext),
		frac(st.thingNext),
		b2f(st.titles > 0),
	)
	x = append(x, a.sentenceFeatures(o, bodies)...)
	x = append(x, frac(st.dateline))
	x = append(x, b2f(longAcronym(o.name)))
	x = append(x, b2f(st.gazetteer > 0))
	x = append(x, b2f(measureName(o.name)))
	x = append(x, frac(st.afterName))
	x = append(x, b2f(a.officeBodies()[strings.Join(ws, " ")]))
	x = append(x, b2f(a.namePrefixes[strings.Join(ws, " ")]))
	x = append(x, b2f(venue))
	x = append(x, frac(st.verbNext), frac(st.inPlace), frac(st.relNext))
	lf := getListedOrgs().features(o.name, o.aliases)
	x = append(x, b2f(lf.name), b2f(lf.opening), b2f(lf.holds), lf.cover, b2f(innerCapital(o.name)))
	x = append(x, b2f(eventHead))
	x = append(x, b2f(rorName(o.name, ws, o.aliases)))
	for _, i := range spanInteractions() {
		x = append(x, x[i]*b2f(o.spanned))
	}
	return x
}

// sentenceFeatures describe the sentences that name o: whether the first
// paragraph does, how many do, and the share that name three or more
// bodies (bodies, per sentence). Shares of background, attendance and
// quoted sentences (backgroundRE, attendanceRE, isQuote) were tried: they
// moved leave-one-publisher-out F1 by 0.1 and cost 7 % of New.
func (a *analysis) sentenceFeatures(o *org, bodies map[int]int) []float64 {
	firstPara := -1
	if len(a.d.Sentences) > 0 {
		firstPara = a.d.Sentences[0].Paragraph
	}
	n, first, crowded := 0, false, 0
	for _, i := range o.mentionIndices() {
		if i < 0 || i >= len(a.d.Sentences) {
			continue
		}
		n++
		first = first || a.d.Sentences[i].Paragraph == firstPara
		if bodies[i] >= 3 {
			crowded++
		}
	}
	return []float64{b2f(first), math.Log1p(float64(n)), float64(crowded) / float64(max(n, 1))}
}

// HasOrgHead reports whether name has a word that heads the names of
// bodies ("Ministry", "Council", "Agency"), or is one of the lexicon's
// well-known bodies: for the trainer's error analysis.
func HasOrgHead(name string) bool {
	l := getLex()
	if _, ok := l.knownOrgs[name]; ok {
		return true
	}
	for _, w := range words(name) {
		if l.orgHeads[fold(w)] {
			return true
		}
	}
	return false
}

// spanCandidates proposes, besides the rules' bodies, every capitalised
// span of a passage that no rule claimed (not a person's name, a
// country or city, an office or a body already found): "White House", "NASA",
// "Business Sweden", "Renew Europe". Most are no body at all; the model
// tells. A headline in title case proposes nothing, unless the whole line
// is a body's name, as issuing lines are (lineBody): the rules do not read
// title-case lines, and an issuer named only there was missed on
// publishers nobody had tuned on (the Pacific Islands Forum Secretariat,
// DIRCO, the Latvian and Turkish ministries, the US Mission to the UN).
func (a *analysis) spanCandidates() {
	byKey := map[string]*org{}
	for _, o := range a.orgs {
		byKey[strings.Join(words(o.name), " ")] = o
		for _, al := range o.aliases {
			byKey[strings.Join(words(al), " ")] = o
		}
	}
	// acronyms the text defines for something that is no body: "Regional
	// Comprehensive Economic Partnership (RCEP)"
	notBody := map[string]bool{}
	for si, s := range a.segs {
		for i := range s.toks {
			acr, close := s.bracketAcronym(i)
			if close < 0 {
				continue
			}
			body := false
			for _, m := range a.omentions[si] {
				body = body || m.acronym == acr
			}
			if !body {
				notBody[acr] = true
			}
		}
	}
	// addSpan counts mention m of passage s for its span, made on its
	// first mention; it returns the span, or nil for a body the rules
	// found
	addSpan := func(m *omention, s *passage) *org {
		key := strings.Join(words(m.name), " ")
		if key == "" {
			return nil
		}
		o := byKey[key]
		if o == nil {
			o = &org{name: m.name, key: key, spanned: true, indices: []int{}}
			byKey[key] = o
			a.spanned = append(a.spanned, o)
		}
		if !o.spanned {
			return nil
		}
		o.st.add(s, m)
		addIndex(&o.indices, s.index)
		return o
	}
	for si, s := range a.segs {
		covered := make([]bool, len(s.toks))
		for _, m := range a.omentions[si] {
			for k := m.start; k < m.end && k < len(covered); k++ {
				covered[k] = true
			}
		}
		if s.index < 0 && s.titleCase() && len(s.toks) > 6 {
			// a headline in title case: its capitals mark no names, unless
			// the line is a body's name alone (an issuing line)
			if st, end, ok := s.lineBody(); ok && !covered[st] {
				if o := addSpan(&omention{name: span(s.text, s.toks, st, end), start: st, end: end}, s); o != nil && st > 0 {
					o.st.wholeLine++ // after a label: "Press Release – …"
				}
			}
			continue
		}
		var dateline [][2]int // the sources of a dateline no rule claimed
		for _, r := range s.datelineSources() {
			if !slices.Contains(covered[r[0]:r[1]], true) {
				dateline = append(dateline, r)
			}
		}
		free := func(k int) bool {
			t := s.toks[k]
			return t.word && !covered[k] && (isCap(t) || isAcronym(t)) && !(s.owner[k] >= 0 && !s.roleOf[k]) && !capPreps[t.key()] &&
				(s.flags[k]&fStop == 0 || s.has(k, fOrgHead) || s.placeGoesOn(k))
		}
		for k := 0; k < len(s.toks); k++ {
			if len(dateline) > 0 && dateline[0][0] == k {
				end := dateline[0][1]
				dateline = dateline[1:]
				m := &omention{name: span(s.text, s.toks, k, end), start: k, end: end}
				if o := addSpan(m, s); o != nil {
					o.st.dateline++
				}
				k = end - 1
				continue
			}
			// a capitalised number or "Joint" inside the sentence opens a
			// name: "the Three Seas Initiative"
			opens := k > 0 && s.innerStop(k) && !covered[k] && (isLowerWord(s.toks[k-1]) || isOpenQuote(s.toks[k-1].text))
			if !(free(k) || opens) || s.notNameStart(k) {
				continue
			}
			end := k + 1
			inComp := false // past "of", "for" or "on"
			for end < len(s.toks) {
				if free(end) && !pluralPossessive(s.toks[end-1].text) {
					end++
					continue
				}
				// a mission to a well-known body: "Permanent Mission of Sri
				// Lanka to the United Nations"
				if s.toks[end].key() == "to" && inComp {
					b := end + 1
					if b < len(s.toks) && s.toks[b].key() == "the" {
						b++
					}
					if b >= len(s.toks) {
						break
					}
					if n, _ := getLex().known.match(s.toks, b); n > 0 && (b+n == len(s.toks) || !free(b+n)) {
						end = b + n
						break
					}
				}
				// "National People’s Power"
				if s.peoplePossessive(end) && end+2 < len(s.toks) && free(end+2) {
					end += 3
					continue
				}
				// a pair of countries joined by a hyphen: "U.S.-Armenia
				// Strategic Dialogue"
				if s.countryPair(end-1) && free(end+1) {
					end += 2
					continue
				}
				// a connector inside a name: "Alliance of Socialists and
				// Democrats"; but "and" between two single words joins two
				// names: "Europol and Eurojust", "AirKast and Audience"
				f := s.toks[end].key()
				pair := (f == "and" || f == "&") && (!inComp && end == k+1 && (end+2 >= len(s.toks) || !free(end+2)) || s.andJoinsBodies(k, end+1, free))
				if (f == "of" || f == "for" || f == "on" || f == "and" || f == "&") && !pair && end+1 < len(s.toks) && free(end+1) {
					inComp = inComp || f == "of" || f == "for" || f == "on"
					end += 2
					continue
				}
				// "Office of the Spokesperson"
				if f == "of" && end+2 < len(s.toks) && s.toks[end+1].key() == "the" && free(end+2) {
					inComp = true
					end += 3
					continue
				}
				break
			}
			end = s.legalFormEnd(end) // "Now! Media, LLC"
			st := k
			k = end - 1
			allPlace, allRole := true, true
			office, head := true, false // a person's office without a body in it: "Foreign Minister"
			for j := st; j < end; j++ {
				office = office && s.roleOf[j]
				head = head || s.has(j, fOrgHead)
				if !isCap(s.toks[j]) && !isAcronym(s.toks[j]) {
					continue // "United States and Chile"
				}
				if !s.has(j, fCountry|fCity) {
					allPlace = false
				}
				if !s.has(j, fRole) {
					allRole = false
				}
			}
			if s.pairOnly(st, end-1) && getLex().pairRelations[s.toks[end-1].key()] {
				continue // the two states' relationship: "Japan-U.S. Alliance"
			}
			if allPlace || allRole && end-st == 1 || office && !head {
				continue // a lone office is no body: "Minister"
			}
			if end-st == 1 && (notBody[s.toks[st].text] || a.acronymOfThing(s.toks[st].text)) {
				continue
			}
			if end-st == 1 && st > 0 && possessiveDeterminer(s.toks[st-1].key()) {
				continue // a capitalised noun after "my", "our" names no one body: "my Administration"
			}
			if end-st == 1 && s.toks[st].key() == "administration" {
				// "the Administration" alone is the government of the day,
				// which the annotation counts through its country: of the
				// annotated documents that write it, 7 (of 6 publishers)
				// leave it out, 1 lists it
				continue
			}
			st = s.pairedCountryStart(st) // "UK - US Strategic Energy Dialogue"
			// a plural's possessive mark is no part of the name: "MEPs’"
			addSpan(&omention{name: strings.TrimRight(span(s.text, s.toks, st, end), "’'"), start: st, end: end}, s)
		}
	}
	// with every candidate in, one body however the text names it
	all := append(a.orgs[:len(a.orgs):len(a.orgs)], a.spanned...)
	joinShortForms(all)
	joinCountryPrefixed(all)
	joinLoneHeads(all)
	joinVariants(all) // orgs_variants.go
}

// possessiveDeterminer reports a determiner of possession, after which
// one capitalised word is a common noun the writer capitalises, not a
// body's name ("our Government", "my Administration").
func possessiveDeterminer(w string) bool {
	switch w {
	case "my", "our", "your", "his", "her", "its", "their":
		return true
	}
	return false
}

// longAcronym reports a name of three to six capital letters, with no
// more than "&" or "-" between them: what bodies are called ("EFTA",
// "NAACP", "ISIS"), unlike offices, currencies and places of two letters
// ("PM", "SG", "DC", also "S&D"), plurals of kinds ("MEPs"), things with
// a number ("COVID-19") and codes of more letters ("OES-PA-DG").
func longAcronym(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case 'A' <= r && r <= 'Z':
			n++
		case r == '&' || r == '-':
		default:
			return false
		}
	}
	return n >= 3 && n <= 6
}

// measureName reports a name whose last word is a measure's acronym or
// short name as organisations.txt [measures] writes it: "GDP", "Total CPI".
// A measure is one feature for rules' bodies and spans alike: it is rare,
// and its weight would be split between the two.
func measureName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && getLex().measures[f[len(f)-1]]
}

// venueName reports a name whose last word, or last two words, end a
// venue's name as organisations.txt [venues] writes them: "Hilton Hotel",
// "Kenyatta International Convention Centre". Like a measure, a venue is
// one feature for rules' bodies and spans alike: it is rare.
func venueName(name string) bool {
	f := strings.Fields(name)
	n := len(f)
	v := getLex().venues
	return n > 1 && (v[f[n-1]] || n > 2 && v[f[n-2]+" "+f[n-1]])
}

// eventHeadName reports a name whose last word is "Forum" or a weak head
// noun (organisations.txt [weak]): over the 1,227 annotated documents,
// of the rules' bodies so named that the lexicon and the gazetteer do
// not know, 29 (of 24 publishers) were no organisation of the annotation
// (forums held, programmes: "Global Refugee Forum", "Business Forum",
// "Seasonal Agricultural Workers Program (SAWP)") and 17 (of 13) were;
// the 9 they know were all organisations ("World Food Programme").
func eventHeadName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	last := fold(ws[len(ws)-1])
	return last == "forum" || getLex().orgWeak[last]
}

// pluralPossessive reports a plural's possessive, "Commissions’": the
// name after it is another ("Securities and Exchange Commissions’
// FinHub").
func pluralPossessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'"))
}

func isRoman(s string) bool {
	return s != "" && strings.Trim(s, "IVXLC") == ""
}

// pluralAcronym reports "MEPs", "NGOs": a plural of a kind, not a body.
func pluralAcronym(s string) bool {
	return len(s) > 2 && strings.HasSuffix(s, "s") && isAcronym(token{text: s[:len(s)-1], word: true}) && !strings.Contains(s, " ")
}

// lowerShare is the share of ws the document also writes in lower case:
// "Cooperation" and "Development" are words, "Vinnova" is a name (whose
// web or mail address, "www.vinnova.se", is no lower-case word).
func (a *analysis) lowerShare(ws []string) float64 {
	if a.lower == nil {
		a.lower = make(map[string]bool, lowerWordsHint(a.sents))
		for _, s := range a.sents {
			for k, t := range s.toks {
				if isLowerWord(t) && !inAddress(s.toks, k) {
					a.lower[t.text] = true
				}
			}
		}
	}
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for _, w := range ws {
		if a.lower[strings.ToLower(w)] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

// withArticles returns aliases with the article form of each one-word
// head noun among name and aliases that the text writes after "the"
// ("the Board", "the Legislature", "the Secretariat"): a body the text
// calls by its kind alone is named with its article, "Board" alone names
// none. Over the 1,656 annotated documents with texts, 125 bodies of 58
// publishers have such a form as an alias ("Board of Governors of the
// African Development Bank": "the Board") and not the bare word, against
// 12 (of 10) with the bare word too; it adds a form, so a body matches
// either.
func (a *analysis) withArticles(name string, aliases []string) []string {
	l := getLex()
	out := aliases
	for _, f := range append([]string{name}, aliases...) {
		if strings.IndexByte(f, ' ') >= 0 || !l.orgHeads[fold(f)] || !a.writesAfterThe(f) {
			continue
		}
		if art := "the " + f; !slices.Contains(out, art) {
			out = append(slices.Clip(out), art) // a copy: aliases may be the body's own list
		}
	}
	return out
}

// writesAfterThe reports a capitalised word the text writes after "the",
// from a set of them made at the first question.
func (a *analysis) writesAfterThe(w string) bool {
	if a.afterThe == nil {
		a.afterThe = map[string]bool{}
		for _, s := range a.segs {
			for k := 1; k < len(s.toks); k++ {
				if s.toks[k-1].key() == "the" && isCap(s.toks[k]) {
					a.afterThe[s.toks[k].text] = true
				}
			}
		}
	}
	return a.afterThe[w]
}

// lowerWordsHint is the size a set of the lower-case words of sents is
// made with: half their number, about the distinct words among them in a
// news text, so that the set grows at most once (its rehashing was half
// the cost of making it).
func lowerWordsHint(sents []*passage) int {
	n := 0
	for _, s := range sents {
		for _, t := range s.toks {
			if isLowerWord(t) {
				n++
			}
		}
	}
	return n / 2
}

// inAddress reports a token at k that is part of a web or mail address:
// among tokens written without a space between them, a ".", "@" or "/"
// joins two words ("faith.mckie@nasa.gov", "www.zonit.com"), unlike a
// full stop after a word.
func inAddress(toks []token, k int) bool {
	lo, hi := k, k
	for lo > 0 && toks[lo-1].end == toks[lo].start {
		lo--
	}
	for hi+1 < len(toks) && toks[hi].end == toks[hi+1].start {
		hi++
	}
	for j := lo + 1; j < hi; j++ {
		switch toks[j].text {
		case ".", "@", "/":
			if toks[j-1].word && toks[j+1].word {
				return true
			}
		}
	}
	return false
}

// afterName reports a mention starting at token k right after a person's
// name, or after one and a comma, or after another such mention: where
// post-nominal letters stand ("Jenayn S. Hong, MOE, EEN, RME", "Bob Carr
// MP"), which are no bodies, while an office after the comma is the
// person's and owned by them.
func (s *passage) afterName(k int) bool {
	for p, n := k-1, 0; p >= 0 && n < 8; p, n = p-1, n+1 {
		t := s.toks[p]
		if t.text == "," {
			continue
		}
		// a name the person rules took, or a word that can be a
		// person's name (a name they missed: "Engr. Jenayn S. Hong")
		if s.owner[p] >= 0 && !s.roleOf[p] || isCap(t) && !isAcronym(t) && s.has(p, fName) && !s.has(p, fCountry|fCity|fOrgHead|fRole) {
			return true
		}
		// another post-nominal before this one: "MOE, EEN"
		if !isAcronym(t) {
			return false
		}
	}
	return false
}

// officeBodies returns the keys (words, folded and joined by spaces) of
// the capitalised runs inside persons' offices that are no office's words:
// the bodies the offices belong to ("Commonwealth" of "Commonwealth
// Secretary-General", "Pacific Islands Forum" of "Secretary General of
// the Pacific Islands Forum"). A body written alone by its short form,
// whose full name the text never gives, is often named so in an office
// too. Made once per document.
func (a *analysis) officeBodies() map[string]bool {
	if a.offBodies != nil {
		return a.offBodies
	}
	a.offBodies = map[string]bool{}
	var run []string
	flush := func() {
		if len(run) > 0 {
			a.offBodies[strings.Join(run, " ")] = true
			run = run[:0]
		}
	}
	for _, s := range a.segs {
		for k, t := range s.toks {
			if s.roleOf[k] && t.word && isCap(t) && !s.has(k, fRole) {
				run = append(run, fold(t.text))
				continue
			}
			flush()
		}
		flush()
	}
	return a.offBodies
}

// heads reports a head noun among tokens [i, j), by its key: "Ministry",
// "DEPARTMENT" in capitals.
func (s *passage) heads(i, j int) bool {
	l := getLex()
	for k := i; k < j; k++ {
		if l.orgHeads[s.toks[k].key()] && !s.has(k, fRole) {
			return true
		}
	}
	return false
}

// issuerEnd returns where the issuer named after "by" in a title-case
// issuing line ends when the line goes on with its subject ("Statement by
// the Department of Energy on the Agreement"): before a lower-case "on",
// "regarding" or "concerning" that follows no head noun (after one, "on"
// opens the body's complement: "Committee on Finance"), else at end.
func (s *passage) issuerEnd(st, end int) int {
	l := getLex()
	for k := st + 1; k < end; k++ {
		switch s.toks[k].text {
		case "on", "regarding", "concerning":
			if !l.orgHeads[s.toks[k-1].key()] {
				return k
			}
		}
	}
	return end
}

// lineBody returns the token range of the body a line in title case
// names when the line is that body's name and nothing else, as issuing
// lines and sign-offs are: the whole line ("United States Mission to the
// United Nations", "Ministry of Foreign Affairs, Republic of Latvia"), or
// its part after a label and a dash, a colon or "by" ("Press Release –
// Pacific Islands Forum Secretariat", "ISSUED BY THE DEPARTMENT OF …"),
// before a date ("Republic Of Türkiye Ministry Of Foreign Affairs
// 25.12.2016"), before the subject of a statement by it (issuerEnd), after
// a noun and "of" ("Courtesy of the Ministry of Foreign Affairs of
// Latvia"). Headlines, which have verbs and prepositions, fail: every word
// must be a capitalised name word or a connector of names.
func (s *passage) lineBody() (int, int, bool) {
	end := len(s.toks)
	months := monthNames()
	for end > 0 {
		if t := s.toks[end-1]; !t.word || isNumber(s, end-1) || months[t.key()] && (isNumber(s, end-2) || isNumber(s, end)) {
			end-- // a date after the body: "(Ministry of Foreign Affairs, 12 May 2024)"
			continue
		}
		break
	}
	st, by := 0, false
	for k := end - 1; k > 0; k-- {
		t := s.toks[k]
		if isDash(t) || t.text == ":" || t.text == "-" && s.toks[k-1].end < t.start || t.key() == "by" {
			st, by = k+1, t.key() == "by"
			break
		}
	}
	for st < end && !s.toks[st].word {
		st++ // a sign-off in brackets: "(Ministry of Foreign Affairs of Japan)"
	}
	if st < end && s.toks[st].key() == "the" {
		st++
	}
	if by {
		end = s.issuerEnd(st, end)
	}
	// a noun of the line's own before "of" is no part of the body:
	// "Courtesy of the Ministry of …" (but "Republic of Türkiye Ministry …")
	if l := getLex(); st+2 < end && s.toks[st+1].key() == "of" && !l.orgHeads[s.toks[st].key()] && !formalStates[s.toks[st].key()] {
		st += 2
		if s.toks[st].key() == "the" {
			st++
		}
	}
	if end-st < 2 || end-st > 12 || !s.isOrgWord(st) || !s.isOrgWord(end-1) {
		return 0, 0, false
	}
	// a unit, a comma, then the body it belongs to: "Press and Information
	// Department, Ministry of Foreign Affairs" is the ministry's line (but
	// "Ministry of Foreign Affairs, Republic of Latvia" is one body's)
	for k := end - 2; k > st+1; k-- {
		if s.toks[k].text == "," && s.heads(st, k) && s.heads(k+1, end) && s.isOrgWord(k+1) {
			st = k + 1
			break
		}
	}
	head := s.heads(st, end)
	for k := st; k < end; k++ {
		t := s.toks[k]
		if s.isOrgWord(k) || s.has(k, fCountry) || t.text == "," || t.text == "&" {
			continue
		}
		switch t.key() {
		case "of", "for", "on", "and", "the", "to":
			continue
		}
		return 0, 0, false
	}
	return st, end, head
}
