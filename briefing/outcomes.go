package briefing

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/vocab"
)

// maxOutcomes bounds the key outcomes of a brief.
const maxOutcomes = 5

// firm is the cue weight from which a sentence states an outcome rather
// than a discussion or a statement.
const firm = 0.5

var (
	// attendance, background and purpose sentences are not outcomes.
	attendanceRE = mustFiltered(`(?i)\b(attended by|was attended|were present|present at the|were among|representing \p{Lu}|was represented by|delegation (was led by|included|comprised)|team included|witnessed participation|participation (of|from)|co-chaired by|were also present|also present|along with other|was led by)\b`)
	backgroundRE = mustFiltered(`(?i)\b(was (formali[sz]ed|established|set up|created|founded) in (19|20)\d\d|since (its inception|19\d\d|20[01]\d)|has been a (cornerstone|longstanding)|history of|is responsible for|the head of|aims? (at|to)\b|aimed at|the (primary )?objective|the purpose|in order to deploy|is becoming|are increasingly|currently,? india imports)`)
	ceremonyRE   = mustFiltered(`(?i)\b(was|were) (warmly |cordially )?(welcomed|received|greeted) by\b|\bguest book\b|\bofficial photograph\b|\bwelcomed (all )?the (dignitaries|guests|participants|delegates|gathering)\b`)
	// A commitment that a thing stands for rather than one a party makes
	// ("the visit underscores our ironclad commitment", but not "Both
	// sides underscored their commitment") and thanks reiterated are
	// statements.
	namedCommitmentRE = mustFiltered(`(?i)\b(reflects|reflecting|underscores|underscoring|demonstrates|demonstrating|shows|showcases|showcasing|highlights|highlighting|signals|signalling|signaling|symboli[sz]es)\b[^.]{0,60}\bcommitment\b`)
	// a decision still to be taken: "so that policies can be decided"
	undecidedRE = mustFiltered(`(?i)\b(can|could|may|might|would|should|to|will|yet to) be (decided|determined|finali[sz]ed)\b`)
	thanksRE    = mustFiltered(`(?i)\b(reiterat\w*|expressed|conveyed|extended|renewed)\s+(?:(?:his|her|their|its|our|deep|sincere|profound|warm|heartfelt)\s+)*(appreciation|gratitude|thanks)\b`)
	pastRE      = lazyre.New(`(?i)^(since|last (year|month|week)|earlier|historically|traditionally|previously|in the past|in (19|20)\d\d\b)`)
	tragedyRE   = mustFiltered(`(?i)\b(tragic|tragedy|grief|condolences?|saddened|mourn\w*|loss of life|earthquake|flood(s|ing)?|victims|killed|shooting|attack on|disaster|heartbreaking|sorrow)\b`)
	meetingRE   = mustFiltered(`(?i)\b(met|meets?|meeting|talks|call with|spoke with|readout|visit|discussions?|signed|agreement|summit|session|joint statement|conference)\b`)
	subjectRE   = lazyre.New(`^(?i:(both|the two|the three|the four|the) (sides|leaders|countries|delegations|counterparts|parties|nations|co-chairs|ministers)|they|we|parliament|meps|plenary|the (meeting|council|committee|commission|government|president|minister|united states))\b`)
)

// isQuote reports whether a sentence is a quotation, a social-media post
// or a quoted e-mail line rather than the document's own statement: it
// opens with a quotation mark or ">", quotes after "said" or "stated",
// links a tweet or holds a handle. It is the expression
// ^[“"]|said,?\s*[“"]|stated:?\s*[“"]|pic\.twitter|^>|@\w, written out
// because it runs on every sentence and the expression cost a tenth of
// briefing.New.
func isQuote(text string) bool {
	if strings.HasPrefix(text, "“") || strings.HasPrefix(text, `"`) || strings.HasPrefix(text, ">") ||
		strings.Contains(text, "pic.twitter") {
		return true
	}
	for rest := text; ; { // an @handle
		k := strings.IndexByte(rest, '@')
		if k < 0 || k+1 >= len(rest) {
			break
		}
		if isASCIIWord(rest[k+1]) {
			return true
		}
		rest = rest[k+1:]
	}
	// quotesAfter finds a quotation mark, " or “, after the verb: a text
	// without a quotation mark (most sentences) is settled without
	// looking for the verbs
	return hasQuoteMark(text) && (quotesAfter(text, "said", ',') || quotesAfter(text, "stated", ':'))
}

// hasQuoteMark is strings.ContainsAny(s, "\"“”") without its per-rune
// search.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// quotesAfter reports whether verb is followed by an optional punct,
// optional white space and a quotation mark.
func quotesAfter(text, verb string, punct byte) bool {
	for {
		i := strings.Index(text, verb)
		if i < 0 {
			return false
		}
		text = text[i+len(verb):]
		rest := text
		if rest != "" && rest[0] == punct {
			rest = rest[1:]
		}
		rest = strings.TrimLeft(rest, " \t\n\f\r")
		if strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, `"`) {
			return true
		}
	}
}

// isASCIIWord is the \w of regular expressions.
func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// classify returns the strongest outcome cue of a sentence. Cues are
// written in lower case and matched against the lower-cased sentence.
func classify(text string) (string, float64) {
	return getOutcomeCues().classify(strings.ToLower(text))
}

// outcomeCue is the kind and weight of outcome a sentence states: its
// strongest cue, weakened where the sentence only looks like an outcome.
func outcomeCue(text string) (string, float64) {
	kind, w := classify(text)
	if kind == "" {
		return "", 0
	}
	if ceremonyRE.MatchString(text) && w < 1 {
		w = 0.3 // "was warmly welcomed by": ceremony, not an outcome
	}
	if kind == "commitment" && w < 1 && namedCommitmentRE.MatchString(text) || kind == "reaffirmation" && thanksRE.MatchString(text) ||
		kind == "decision" && undecidedRE.MatchString(text) {
		kind, w = "statement", 0.3
	}
	return kind, w
}

// isCondolence reports a statement on a tragedy: its title speaks of grief
// or loss and not of a meeting or an agreement.
func (a *analysis) isCondolence() bool {
	t := a.d.Title
	if t == "" && len(a.d.Sentences) > 0 {
		t = a.d.Sentences[0].Text
	}
	return tragedyRE.MatchString(t) && !meetingRE.MatchString(t)
}

// isMeeting reports a document about a meeting, call or visit.
func (a *analysis) isMeeting() bool {
	if meetingRE.MatchString(a.d.Title) {
		return true
	}
	for i, s := range a.d.Sentences {
		if i >= 3 {
			break
		}
		if meetingRE.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// nearDuplicate reports two sentences that share most of their words.
// The word sets are kept: each candidate is compared with every pick.
// xi and yi are the indices of the sentences x and y may be the text of
// (see wordSet).
func (an *analysis) nearDuplicate(x string, xi int, y string, yi int) bool {
	return overlap(an.wordSet(x, xi), an.wordSet(y, yi)) >= 0.6
}

// wordSet returns the folded words of s, sorted and each once: a set
// that two sorted lists intersect in one merge, without building a map
// a sentence (nearDuplicate compares a few sentences of every
// document). It is computed once for the first maxWordSets texts (the
// picks are among them; a huge document does not keep a set per
// sentence). When s is the text of sentence i, its words are read from
// the tokens analyse made of it, which are words(s)'s (the same
// tokenizer on the same text) without tokenizing it again; i may be -1.
func (an *analysis) wordSet(s string, i int) []string {
	if set, ok := an.wordSets[s]; ok {
		return set
	}
	var set []string
	if i >= 0 && i < len(an.sents) && an.sents[i].text == s {
		set = passageWords(an.sents[i].toks)
	} else {
		set = words(s)
	}
	sort.Strings(set)
	set = slices.Compact(set)
	if an.wordSets == nil {
		an.wordSets = map[string][]string{}
	}
	if len(an.wordSets) < maxWordSets {
		an.wordSets[s] = set
	}
	return set
}

const maxWordSets = 256

var nextStepRE = mustFiltered(`(?i)\b(next (meeting|round|session|steps?)|follow-up|upcoming|will meet|to be held|will be held|set for|scheduled (for|to)|invitation to|in the coming (weeks|months)|over the coming|will visit|looks? forward to (participating|hosting|meeting|welcoming))\b`)

// nextSteps lists sentences about what happens next, in document order.
func (a *analysis) nextSteps(outs []Outcome) []Item {
	items := []Item{}
	shown := map[int]bool{} // a next step already listed as an outcome is not repeated
	for _, o := range outs {
		shown[o.Index] = true
	}
	for i, s := range a.d.Sentences {
		// a sentence whose lower-cased text holds none of the literals
		// every match of nextStepRE holds cannot match: the outcome
		// features told so from the cues' search (nextMay)
		if shown[i] || a.nextMay != nil && !a.nextMay[i] || !nextStepRE.MatchString(s.Text) || isQuote(s.Text) || isQuestion(s.Text) {
			continue
		}
		items = append(items, Item{Text: trimItem(s.Text), Index: i})
		if len(items) == 3 {
			break
		}
	}
	return items
}

var eventRE = mustFiltered(`(?i)\b(met|meets|meeting|held|spoke|call|visited|visit|signed|exchanged|adopted|approved|announced?|agreed|hosted|participated|reviewed|concluded|inaugurated|reduced|recogni[sz]es|extended|issued|committed|discussed)\b`)

// bluf picks the sentence that says what happened: the first event
// sentence among the first three, else the best outcome, else the best
// summary sentence.
func (a *analysis) bluf(outs []Outcome, scores []float64) *Item {
	n := len(a.d.Sentences)
	if n == 0 {
		return nil
	}
	for i := 0; i < min(3, n); i++ {
		t := a.d.Sentences[i].Text
		if eventRE.MatchString(t) && !isQuote(t) && !isQuestion(t) && vocab.NumFields(t) >= 6 && !strings.HasSuffix(t, ":") && !pastRE.MatchString(t) {
			return &Item{Text: trimItem(t), Index: i}
		}
	}
	for _, o := range outs {
		// a list item or a clause ("by striking … and inserting …;")
		// can be an outcome but cannot stand as the bottom line
		if isStatement(o.Text) {
			return &Item{Text: o.Text, Index: o.Index}
		}
	}
	// No event and no outcome: a statement or a news story, whose opening
	// sentence says what happened ("Eight Americans … were killed
	// yesterday"); the ranker's pick can be an aside further down.
	for i := 0; i < min(2, n); i++ {
		t := a.d.Sentences[i].Text
		if vocab.NumFields(t) >= 8 && !isQuote(t) && !isQuestion(t) && !strings.HasSuffix(t, ":") && t != a.d.Title {
			return &Item{Text: trimItem(t), Index: i}
		}
	}
	best := -1
	for i := range scores {
		if !isQuestion(a.d.Sentences[i].Text) && (best < 0 || scores[i] > scores[best]) {
			best = i
		}
	}
	if best < 0 {
		best = 0 // questions only
	}
	return &Item{Text: trimItem(a.d.Sentences[best].Text), Index: best}
}

// isStatement reports a sentence that reads as a whole statement: it
// opens as a sentence does (a capital, a digit or a quotation mark) and
// ends with a full stop, an exclamation mark or an ellipsis, not with the
// semicolon or colon of a list item or a clause.
func isStatement(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"“‘'(`, first) {
		return false
	}
	last := strings.TrimRight(t, `"”’')]`)
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "…")
}

// isQuestion reports a question, or a questioner's turn in a transcript
// ("Q I have one follow-up."): it states no outcome and is no bottom line.
func isQuestion(t string) bool { return kind.IsQuestion(t) }

// background picks one to three high-ranked sentences that are neither
// outcomes nor the BLUF.
func (a *analysis) background(b *Brief, scores []float64) []Item {
	used := map[int]bool{}
	for _, o := range b.Outcomes {
		used[o.Index] = true
	}
	if b.BLUF != nil {
		used[b.BLUF.Index] = true
	}
	for _, x := range b.NextSteps {
		used[x.Index] = true
	}
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	// highest score first, document order among equals (a stable sort
	// without sort.SliceStable's reflection)
	slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(scores[y], scores[x]) })
	items := []Item{}
	for _, i := range idx {
		if len(items) == 3 {
			break
		}
		t := a.d.Sentences[i].Text
		if used[i] || isQuote(t) || vocab.NumFields(t) < 6 || attendanceRE.MatchString(t) {
			continue
		}
		dup := false
		for _, it := range items {
			if a.nearDuplicate(it.Text, it.Index, t, i) {
				dup = true
			}
		}
		if !dup {
			items = append(items, Item{Text: trimItem(t), Index: i})
		}
	}
	sort.Slice(items, func(x, y int) bool { return items[x].Index < items[y].Index })
	return items
}

var venueRE = lazyre.New(`\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,4})`)

// venueAtRE is venueRE anchored at the start of the text and without its
// \b, which venues checks before running it.
var venueAtRE = lazyre.New(`^(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,4})`)

// venues returns venueRE.FindAllStringSubmatchIndex(t, -1). Every match
// starts with "in" or "at" after a word boundary, so the expression runs
// anchored at those places only, instead of the matcher trying each byte
// of the text (1.5 % of a batch run's CPU): the leftmost match is the one
// the anchored expression finds at the first place where one starts, and
// the search goes on after its end, as FindAll's does. TestVenues and
// FuzzVenues check it against venueRE.
func venues(t string) [][]int {
	var out [][]int
	for p := 0; p+1 < len(t); {
		i := strings.IndexAny(t[p:len(t)-1], "ia")
		if i < 0 {
			break
		}
		p += i
		if w := t[p : p+2]; (w == "in" || w == "at") && (p == 0 || !isASCIIWordByte(t[p-1])) {
			if m := venueAtRE.FindStringSubmatchIndex(t[p:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += p
					}
				}
				out = append(out, m)
				p = m[1]
				continue
			}
		}
		p++
	}
	return out
}

// isASCIIWordByte reports a byte of \w, what \b tells from the others.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// place finds where the event happened: a city named after "in" or "at" in
// the title or the first sentences, else a country named so, else a
// venue.
func (a *analysis) place() string {
	if a.d.Place != "" {
		return a.d.Place // a dateline says it outright
	}
	var texts []string
	if a.title != nil {
		texts = append(texts, a.title.text)
	}
	for i, s := range a.d.Sentences {
		if i >= 4 {
			break
		}
		texts = append(texts, s.Text)
	}
	l := getLex()
	var venue string
	for _, t := range texts {
		for _, m := range venues(t) {
			// the pattern admits "." for "St. Louis"; a sentence's full
			// stop is not part of the place
			phrase := strings.TrimRight(t[m[2]:m[3]], ".’'-")
			toks := tokenize(phrase)
			if len(toks) == 0 {
				continue
			}
			if n, _ := l.cities.match(toks, 0); n > 0 {
				place := span(phrase, toks, 0, n)
				// "Nice, France"
				if c := countryAfterComma.FindStringSubmatch(t[m[1]:]); c != nil {
					if k, _ := l.countries.match(tokenize(c[1]), 0); k > 0 {
						place += ", " + c[1]
					}
				}
				return place
			}
			if n, _ := l.countries.match(toks, 0); n > 0 && n == len(toks) {
				return span(phrase, toks, 0, n)
			}
			if venue == "" {
				seg := newPassage(phrase, -1)
				if seg.hasHeadIn(0, len(seg.toks)) && !strings.ContainsAny(phrase, "0123456789") {
					venue = phrase
				}
			}
		}
	}
	return venue
}

var (
	countryAfterComma = lazyre.New(`^,\s+(\p{Lu}[\p{L}]+)`)
	issuerTitleRE     = lazyre.New(`^(?:Joint\s+)?(?:Statement|Readout|Remarks|Press Release|Communiqu[ée])\s+(?:by|from)\s+(?:the\s+)?(.+?)(?:\s+(?:on|following|in|at|during|to|before|with)\s+.*|’s\s+.*)?$`)
	issuerPipeRE      = lazyre.New(`\|\s*([^|]+?)\s*$`)
	// issuedByRE runs on the first two sentences of every document, and
	// few say "issued": pre-tested for the word (filteredRE)
	issuedByRE = mustFiltered(`(?i)\bissued\s+(?:today\s+)?by\s+(?:the\s+)?(\p{Lu}[^:.;]*?)\s*[:.]`)
)

// issuer finds who issued the document, when the text says so.
func (a *analysis) issuer() string {
	t := a.d.Title
	if !a.d.TitleInferred {
		if m := issuerTitleRE.FindStringSubmatch(t); m != nil {
			return strings.TrimSpace(m[1])
		}
		if strings.Count(t, "|") >= 1 {
			if m := issuerPipeRE.FindStringSubmatch(t); m != nil && !strings.EqualFold(m[1], "news") {
				return m[1]
			}
		}
	}
	for i, s := range a.d.Sentences {
		if i >= 2 {
			break
		}
		if m := issuedByRE.FindStringSubmatch(s.Text); m != nil {
			return m[1]
		}
	}
	return ""
}
