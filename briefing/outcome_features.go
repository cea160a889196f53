package briefing

import (
	"math"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/summarize"
)

// outcomeKinds are the kinds of outcome a cue can state, in the order of
// the model's cue features.
var outcomeKinds = []string{"signed", "decision", "agreement", "commitment", "reaffirmation", "joint_position", "next_step", "result", "discussion", "statement"}

// outcomeFeatureNames names the outcome model's features, in order. They
// are general signals of a sentence that states an outcome, each a number
// the trained weights combine: the cue families are features here, not
// verdicts.
var outcomeFeatureNames = func() []string {
	var names []string
	for _, k := range outcomeKinds {
		names = append(names, "cue_"+k)
	}
	names = append(names,
		"cue_weight", "no_cue", "cue_x_meeting",
		"ceremony", "named_commitment", "thanks", "undecided", "attendance", "background", "past_paragraph",
		"background_section", "party_subject", "persons", "bodies", "countries", "bullet", "short_bullet", "quote",
		"future", "negation", "reporting", "hedge", "collective", "action",
		"sympathy", "courtesy", "aspiration", "history", "first_person", "now",
		"rank_score", "position", "first_sentence", "first_paragraph", "words",
		"doc_meeting", "doc_condolence", "doc_sentences", "doc_max_cue", "doc_firm_cues", "doc_tragedy",
		"future_x_sympathy", "future_x_cue", "earlier_year", "past_passive", "perfect", "reported_that",
		"quoted", "after_first_firm", "speaker_subject", "future_x_subject",
		"doc_sympathy", "doc_meeting_share", "doc_earlier_share", "title_tragedy",
		"stance", "loss",
		"future_act", "we_commit", "reported_future", "active_result", "instrument",
		"instrument_subject", "lead_in_cue", "assured_support",
		"cue_share", "strongest_cue", "first_firm", "claim", "doc_claims", "will_continue",
	)
	names = append(names, actFeatureNames...)     // outcome_acts.go
	names = append(names, settingFeatureNames...) // outcome_settings.go
	return append(names, standFeatureNames...)    // outcome_gate.go
}()

// OutcomeFeatureNames returns the names of the outcome model's features in
// the order of OutcomeExample.Features: what a trainer fits weights for.
func OutcomeFeatureNames() []string { return append([]string(nil), outcomeFeatureNames...) }

// OutcomeExample is one sentence as the outcome model sees it.
type OutcomeExample struct {
	Index    int       // the sentence's index in the document
	Text     string    // the sentence as an outcome shows it (trimmed)
	Features []float64 // in the order of OutcomeFeatureNames
	Lex      []uint32  // the buckets of its lexical features (outcome_lexical.go)
}

// signalSections are the sections of outcome-signals.txt, in the order of
// their features.
var signalSections = []string{"future", "negation", "reporting", "hedge", "collective", "action", "sympathy", "courtesy", "aspiration", "history", "first_person", "now", "meeting", "rebuttal", "condemnation", "loss"}

// sentenceSignals is how many of signalSections, from the first, are
// features of a sentence; the rest count for the document only.
const sentenceSignals = 12

// Bits of signalSections.
const (
	sigFuture = 1 << iota
	sigNegation
	sigReporting
	sigHedge
	sigCollective
	sigAction
	sigSympathy
	sigCourtesy
	sigAspiration
	sigHistory
	sigFirstPerson
	sigNow
	sigMeeting
	sigRebuttal
	sigCondemnation
	sigLoss
)

// actSections are the further sections of outcome-signals.txt, the
// words of acts and what they produce (a second map: signals' bits are
// full).
var actSections = []string{"act", "commit", "instrument", "assure", "backing", "claim", "continue", "attend", "exhort", "remembrance"}

// Bits of actSections.
const (
	actAct = 1 << iota
	actCommit
	actInstrument
	actAssure
	actBacking
	actClaim
	actContinue
	actAttend      // outcome_gate.go
	actExhort      // outcome_gate.go
	actRemembrance // outcome_gate.go
)

// actSignals maps each word of actSections to its bits.
var actSignals = sync.OnceValue(func() map[string]uint16 {
	return vocab.SectionBits("outcome-signals.txt", actSections)
})

// signals maps each word of outcome-signals.txt to the bits (by
// signalSections) of the sections that hold it.
var signals = sync.OnceValue(func() map[string]uint16 {
	return vocab.SectionBits("outcome-signals.txt", signalSections)
})

// signalWords is signals and actSignals in one map, a word's signals in
// the low half and its acts in the high half: outcomeExamples asks both
// of every word of every sentence, and one look-up costs half of two.
var signalWords = sync.OnceValue(func() map[string]uint32 {
	m := map[string]uint32{}
	for w, bits := range signals() {
		m[w] |= uint32(bits)
	}
	for w, bits := range actSignals() {
		m[w] |= uint32(bits) << 16
	}
	return m
})

// signalShapes filters the look-ups of signalWords: three words in four of
// a text are settled without one.
var signalShapes = sync.OnceValue(func() *vocab.Shapes {
	var s vocab.Shapes
	for w := range signalWords() {
		s.Add(w)
	}
	return &s
})

// deferredFeatures are the features that run an expression over the
// sentence: the costliest, so a model may rule a sentence out before they
// are computed (see outcomeExamples).
var deferredFeatures = []string{"ceremony", "named_commitment", "thanks", "undecided", "attendance", "background", "party_subject", "future_x_subject"}

// outcomeExamples computes the features of every candidate sentence.
// Sentences too short to state anything, questions, the title repeated
// and headlines are no candidates. When keep is not nil it is asked first,
// with the deferredFeatures still 0 (and the sentence's lexical buckets),
// and a sentence it refuses is left out before they are computed.
func (a *analysis) outcomeExamples(scores []float64, keep func(x []float64, lex []uint32) bool) ([]OutcomeExample, docSignals) {
	n := len(a.d.Sentences)
	meeting, condolence := a.isMeeting(), a.isCondolence()
	personsOf := make([]int, n)
	for _, p := range a.persons {
		for _, i := range p.indices {
			if i >= 0 && i < n {
				personsOf[i]++
			}
		}
	}
	bodiesOf := make([]int, n)
	for _, o := range a.orgs {
		for _, i := range o.indices {
			if i >= 0 && i < n {
				bodiesOf[i]++
			}
		}
	}
	sig := signals()
	// Each sentence's strongest cue, and what the document as a whole
	// says: its strongest cue, how many firm ones it has, and whether its
	// opening speaks of a tragedy.
	kinds, weights := make([]string, n), make([]float64, n)
	docMax, docFirm, tragedy := 0.0, 0, false
	firstFirm := n
	bitsOf, actsOf := make([]uint16, n), make([]uint16, n)
	acts, sigActs, sigShapes := actSignals(), signalWords(), signalShapes()
	sympathetic, meetings, earlier, stances, losses, claims := 0, 0, 0, 0, 0, 0
	present := a.presentYear()
	earlierOf := make([]bool, n)
	clauses := a.readActs(present) // outcome_acts.go
	settings := a.readSettings()   // outcome_settings.go
	lowers := make([]string, n)    // each sentence lower-cased once, for the cues and the expressions
	a.nextMay = make([]bool, n)
	for i, s := range a.d.Sentences {
		lowers[i] = a.sents[i].lowerText()
		var next bool
		kinds[i], weights[i], next = getOutcomeCues().classifyNext(lowers[i])
		// nextStepRE's pre-test (filteredRE.mayMatch) on the same
		// lower-cased text, which leaves a text with ſ to the expression
		// (an ASCII text, which the tokenizer lower-cased whole, has none)
		a.nextMay[i] = next || !a.sents[i].allASCII() && strings.ContainsRune(s.Text, 'ſ')
		docMax = math.Max(docMax, weights[i])
		if weights[i] >= firm {
			docFirm++
			firstFirm = min(firstFirm, i)
		}
		if i < 3 && tragedyRE.MatchString(s.Text) {
			tragedy = true
		}
		for _, t := range a.sents[i].toks { // words(text), from the tokens analyse made
			if t.word && sigShapes.May(t.folded) {
				both := sigActs[t.folded]
				bitsOf[i] |= uint16(both)
				actsOf[i] |= uint16(both >> 16)
			}
		}
		if bitsOf[i]&sigSympathy != 0 {
			sympathetic++
		}
		if bitsOf[i]&sigMeeting != 0 {
			meetings++
		}
		if bitsOf[i]&(sigRebuttal|sigCondemnation) != 0 {
			stances++
		}
		if bitsOf[i]&sigLoss != 0 {
			losses++
		}
		if actsOf[i]&actClaim != 0 {
			claims++
		}
		if earlierOf[i] = mentionsYearBefore(a.sents[i], present); earlierOf[i] {
			earlier++
		}
	}
	lead := a.leadSentence()
	var leadTokens []token
	if lead >= 0 {
		leadTokens = a.sents[lead].toks
	}
	titleTragedy := tragedyRE.MatchString(a.d.Title) || lossRE.MatchString(a.d.Title)
	var titleBits, titleActs uint16
	titleWords := words(a.d.Title)
	for _, w := range titleWords {
		titleBits |= sig[w]
		titleActs |= acts[w]
	}
	var out []OutcomeExample
	var lexBuf []uint32 // one sentence's lexical buckets, copied for a sentence kept
	var spare []float64 // a feature vector keep turned away, for the next sentence
	pastPara := -1
	leadIn := -1 // the lead-in of the list the sentence is an item of ("The ministers agreed to:")
	for i, s := range a.d.Sentences {
		text := s.Text
		if pastRE.MatchString(text) {
			pastPara = s.Paragraph
		}
		if leadIn >= 0 && !listItem(s) {
			leadIn = -1
		}
		if i > 0 && strings.HasSuffix(strings.TrimSpace(a.d.Sentences[i-1].Text), ":") && listItem(s) {
			leadIn = i - 1
		}
		nwords := vocab.NumFields(text)
		if nwords < 5 || text == a.d.Title || isQuestion(text) || !strings.HasSuffix(text, ".") && isHeadline(a.sents[i].toks) {
			continue
		}
		x := spare // the vector keep turned away last, cleared; keep turns most sentences away
		if x == nil {
			x = make([]float64, len(outcomeFeatureNames))
		} else {
			clear(x)
		}
		spare = nil
		f := 0
		set := func(v float64) { x[f] = v; f++ }
		flag := func(b bool) {
			if b {
				x[f] = 1
			}
			f++
		}
		kind, w := kinds[i], weights[i]
		for _, k := range outcomeKinds {
			if kind == k {
				x[f] = w
			}
			f++
		}
		set(w)
		flag(kind == "")
		if meeting {
			set(w)
		} else {
			f++
		}
		deferredAt := f // ceremony … background: computed below
		f += 6
		flag(s.Paragraph == pastPara)
		sec := strings.ToLower(s.Section)
		flag(strings.HasPrefix(sec, "background") || strings.HasPrefix(sec, "about") || strings.Contains(sec, "milestone"))
		subjectAt := f // party_subject: computed below
		f++
		set(math.Min(float64(personsOf[i]), 4) / 4)
		set(math.Min(float64(bodiesOf[i]), 4) / 4)
		set(math.Min(float64(len(a.sents[i].cms)), 4) / 4)
		flag(s.Bullet)
		flag(s.Bullet && nwords < 12)
		flag(isQuote(text))
		bits := bitsOf[i]
		for k := range signalSections[:sentenceSignals] { // the others count for the document
			flag(bits&(1<<k) != 0)
		}
		set(scores[i])
		set(float64(i) / float64(n))
		flag(i == 0)
		flag(s.Paragraph == 0)
		set(math.Log1p(float64(nwords)) / math.Log(50))
		flag(meeting)
		flag(condolence)
		set(math.Log1p(float64(n)) / math.Log(100))
		set(docMax)
		set(math.Min(float64(docFirm), 5) / 5)
		flag(tragedy)
		future := bits&sigFuture != 0
		flag(future && bits&sigSympathy != 0)
		if future {
			set(w)
		} else {
			f++
		}
		flag(earlierOf[i])
		toks := a.sents[i].toks
		passive, perfect := aspect(toks)
		flag(passive)
		flag(perfect)
		flag(bits&sigReporting != 0 && hasWord(toks, "that"))
		flag(hasQuoteMark(text))
		flag(i > firstFirm)
		flag(speakerSubject(toks))
		subjectXAt := f
		f++
		set(float64(sympathetic) / float64(n))
		set(float64(meetings) / float64(n))
		set(float64(earlier) / float64(n))
		flag(titleTragedy)
		flag(bits&(sigRebuttal|sigCondemnation) != 0)
		flag(bits&sigLoss != 0)
		flag(future && actsOf[i]&actAct != 0 && futureAct(toks, acts))
		flag(bits&sigFirstPerson != 0 && actsOf[i]&actCommit != 0)
		flag(future && bits&sigReporting != 0 && hasWord(toks, "that"))
		flag(actsOf[i]&actInstrument != 0 && activeResult(toks, acts))
		flag(actsOf[i]&actInstrument != 0)
		flag(actsOf[i]&actInstrument != 0 && instrumentSubject(toks, acts))
		if leadIn >= 0 {
			set(weights[leadIn])
		} else {
			f++
		}
		flag(actsOf[i]&actAssure != 0 && assuredSupport(toks, acts))
		// The sentence against the rest of its document: its cue as a
		// share of the document's strongest, whether it is that, and
		// whether it is the first firm one (an outcome is the strongest
		// act of its document, whatever the corpus holds).
		if docMax > 0 {
			set(w / docMax)
		} else {
			f++
		}
		flag(w > 0 && w >= docMax)
		flag(i == firstFirm)
		flag(actsOf[i]&actClaim != 0)
		set(float64(claims) / float64(n))
		flag(future && actsOf[i]&actContinue != 0 && willThen(toks, acts, actContinue))
		f = clauses.set(x, f, i)
		f = settings.set(x, f, i, s.Paragraph == 0)
		f = setStandFeatures(x, f, actsOf[i]) // outcome_gate.go
		lexBuf = lexicalFeatures(toks, lexBuf[:0])
		if keep != nil && !keep(x, lexBuf) {
			spare = x
			continue
		}
		f = deferredAt
		flag(ceremonyRE.matchLower(text, lowers[i]))
		flag(kind == "commitment" && namedCommitmentRE.matchLower(text, lowers[i]))
		flag(kind == "reaffirmation" && thanksRE.matchLower(text, lowers[i]))
		flag(kind == "decision" && undecidedRE.matchLower(text, lowers[i]))
		flag(attendanceRE.matchLower(text, lowers[i]))
		flag(backgroundRE.matchLower(text, lowers[i]))
		f = subjectAt
		subject := subjectRE.MatchString(trimItem(text))
		flag(subject)
		f = subjectXAt
		flag(subject && bits&sigFuture != 0)
		out = append(out, OutcomeExample{Index: i, Text: trimItem(text), Features: x, Lex: append([]uint32(nil), lexBuf...)})
	}
	return out, docSignals{meeting: meeting, tragedy: tragedy, maxCue: docMax, firmCues: docFirm,
		titleTragedy: titleTragedy, sentences: n, sympathy: float64(sympathetic) / float64(n),
		meetings: float64(meetings) / float64(n), earlier: float64(earlier) / float64(n),
		stances: float64(stances) / float64(n), losses: float64(losses) / float64(n),
		titleStance: titleBits&(sigRebuttal|sigCondemnation|sigLoss|sigSympathy) != 0,
		gate:        readGateSignals(bitsOf, actsOf, &clauses, titleActs, lead),
		gateLex:     gateLexicalFeatures(titleWords, leadTokens)}
}

// leadSentence is the index of the lead: the first sentence of eight
// words or more that is not the title, where a release states its news
// (-1: none).
func (a *analysis) leadSentence() int {
	for i, s := range a.d.Sentences {
		if s.Text != a.d.Title && vocab.NumFields(s.Text) >= 8 {
			return i
		}
	}
	return -1
}

// lossRE finds, with tragedyRE, a title on a death or an attack: a
// feature of the document (a readout of a call after an attack records
// outcomes, so it is no verdict).
var lossRE = mustFiltered(`(?i)\b(deaths?|died|dies|passing of|passed away|attacks|terroris[mt]|bombings?)\b`)

// docSignals is what a document as a whole says of its outcomes.
type docSignals struct {
	meeting, tragedy bool
	maxCue           float64 // the strongest cue of any sentence
	firmCues         int     // sentences with a firm cue
	titleTragedy     bool    // the title speaks of a tragedy
	sentences        int     // the document's sentences
	// the shares of sentences with a word of sympathy, of a meeting, and
	// naming a year before the document's
	sympathy, meetings, earlier float64
	// the shares of sentences that reject or condemn, and that speak of
	// a death or a loss
	stances, losses float64
	titleStance     bool        // the title's words reject, condemn, mourn or speak of a loss
	gate            gateSignals // the gate's further evidence (outcome_gate.go)
	gateLex         []uint32    // the buckets of the title's and the lead's words (gateLexicalFeatures)
}

// presentYear is the year of the document's event: its date's, else the
// latest year it names (a release names its own year more than any
// later one), else 0.
func (a *analysis) presentYear() int {
	if y := yearOf(a.d.Date); y > 0 {
		return y
	}
	latest := 0
	for _, s := range a.sents {
		if !mayNameYear(s.text) {
			continue
		}
		for _, t := range s.toks {
			latest = max(latest, yearOf(t.text))
		}
	}
	return latest
}

// yearOf is the year a token (or an ISO date) starts with, 1900 to 2099,
// or 0.
//
// It is asked of every token of a document (presentYear,
// mentionsYearBefore), most of which are words: the first byte, which
// must be 1 or 2, settles them before the digits are read, and the
// digits are read as bytes (a byte of a multi-byte character is no
// digit either).
func yearOf(t string) int {
	if len(t) < 4 || t[0] != '1' && t[0] != '2' || len(t) > 4 && t[4] != '-' {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0
		}
		y = 10*y + int(c-'0')
	}
	if y < 1900 || y > 2099 {
		return 0
	}
	return y
}

// mayNameYear reports whether a passage's text may hold a token yearOf
// reads a year from: such a token starts "19" or "20", and a passage's
// tokens are pieces of its text. Most sentences name no year, and the
// search is far cheaper than a walk over their tokens (presentYear's
// walk over a whole document's was 2 % of briefing.New).
func mayNameYear(text string) bool {
	return strings.Contains(text, "19") || strings.Contains(text, "20")
}

// mentionsYearBefore reports a sentence naming a year before present:
// history ("was formalized in 2000"), not what the document reports.
func mentionsYearBefore(s *passage, present int) bool {
	if present == 0 || !mayNameYear(s.text) {
		return false
	}
	for _, t := range s.toks {
		if y := yearOf(t.text); y > 0 && y < present {
			return true
		}
	}
	return false
}

// aspect reports a passive in the past ("was established", "were
// signed") and a perfect ("has signed", "have been agreed"): a word of
// "was were had" or "has have" followed, at most one adverb or "been"
// between, by a participle (a word ending in -ed or -en).
func aspect(toks []token) (passive, perfect bool) {
	for i, t := range toks {
		if !t.word || !auxShape(t.text) {
			continue
		}
		past := is(t.text, "was") || is(t.text, "were") || is(t.text, "had")
		perf := is(t.text, "has") || is(t.text, "have")
		if !past && !perf {
			continue
		}
		seen := 0 // words after t looked at
		for _, u := range toks[i+1:] {
			if !u.word {
				continue
			}
			if seen++; seen > 2 {
				break
			}
			if isParticiple(u.text) {
				passive = passive || past
				perfect = perfect || perf
				break
			}
			if !is(u.text, "been") && !strings.HasSuffix(u.text, "ly") {
				break
			}
		}
	}
	return passive, perfect
}

// auxShape is aspect's pre-test for "was", "were", "had", "has" and
// "have": is needs a word of three or four bytes that starts with "w" or
// "h" in either case, since no other character folds to either (their
// Unicode fold orbits are {W, w} and {H, h}; a byte of a longer UTF-8
// sequence is never 'W', 'w', 'H' or 'h' even with the 0x20 bit set). Most
// words are settled by it, without the five comparisons.
func auxShape(w string) bool {
	if len(w) != 3 && len(w) != 4 {
		return false
	}
	c := w[0] | 0x20
	return c == 'w' || c == 'h'
}

// is reports a word that is w, ignoring case (w is lower case).
func is(word, w string) bool { return len(word) == len(w) && strings.EqualFold(word, w) }

// isParticiple is a cheap test for a past participle (lower case: a
// capitalised word is a name).
func isParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
}

// hasWord reports a token that is w, ignoring case.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.word && is(t.text, w) {
			return true
		}
	}
	return false
}

// speakerSubject reports a sentence whose subject is a named speaker who
// reports something: it opens with capitalised words (a title and a
// name, "Minister Hayashi", "Prime Minister Abe") followed by a reporting
// or wishing verb ("stated", "expressed", "explained"), the shape of
// one party's view in a readout rather than what the parties did.
func speakerSubject(toks []token) bool {
	caps := 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		r := t.text[0]
		if 'A' <= r && r <= 'Z' {
			caps++
			if caps > 6 {
				return false
			}
			continue
		}
		if caps == 0 {
			return false
		}
		switch fold(t.text) {
		case "stated", "said", "expressed", "explained", "noted", "added", "remarked", "mentioned", "emphasized", "emphasised", "stressed", "hoped", "told", "welcomed", "thanked":
			return true
		}
		return false
	}
	return false
}

// futureAct reports "will" or "shall" followed, at most one word
// between ("will jointly establish", "shall be"), by a verb of an act
// (the act section of outcome-signals.txt): a firm act that lies ahead.
func futureAct(toks []token, acts map[string]uint16) bool {
	return willThen(toks, acts, actAct)
}

// willThen reports "will" or "shall" followed, at most one word between,
// by a word of the act sections' bit (a verb in its base form).
func willThen(toks []token, acts map[string]uint16, bit uint16) bool {
	for i, t := range toks {
		if !t.word || t.folded != "will" && t.folded != "shall" {
			continue
		}
		seen := 0
		for _, u := range toks[i+1:] {
			if !u.word {
				break
			}
			if acts[u.folded]&bit != 0 {
				return true
			}
			if seen++; seen > 1 {
				break
			}
		}
	}
	return false
}

// activeResult reports a verb in the active past ("partnered",
// "drafted": a lower-case word in -ed not after a form of "be", "to" or
// "not") followed in the sentence by what an act produces (the
// instrument section): a result stated plainly, without a cue word.
func activeResult(toks []token, acts map[string]uint16) bool {
	verb := false
	prev := ""
	for _, t := range toks {
		if !t.word {
			continue
		}
		if verb && acts[t.folded]&actInstrument != 0 {
			return true
		}
		if !verb && len(t.text) > 4 && strings.HasSuffix(t.text, "ed") && t.text[0] >= 'a' && t.text[0] <= 'z' {
			switch prev {
			case "was", "were", "be", "been", "being", "is", "are", "to", "not":
			default:
				verb = true
			}
		}
		prev = t.folded
	}
	return false
}

// instrumentSubject reports a sentence whose subject is what an act
// produced, followed by what it does or will do ("The treaty strengthens
// …", "This MoU improves …", "The agreement will enable …"): what an
// agreement provides is a result of it, though no cue word says so. The
// sentence opens with a determiner, an instrument word (the instrument
// section) follows within four words, and then, past an adverb of
// degree, "will", "shall", "has" or a verb in -s.
func instrumentSubject(toks []token, acts map[string]uint16) bool {
	var buf [8]token // the sentence's first eight words, without a heap copy
	ws := buf[:0]
	for _, t := range toks {
		if t.word {
			ws = append(ws, t)
			if len(ws) == 8 {
				break
			}
		}
	}
	if len(ws) < 3 {
		return false
	}
	switch ws[0].folded {
	case "the", "this", "these", "its", "their":
	default:
		return false
	}
	for k := 1; k < len(ws)-1 && k <= 4; k++ {
		if acts[ws[k].folded]&actInstrument == 0 {
			continue
		}
		v := ws[k+1]
		if (v.folded == "also" || v.folded == "further") && k+2 < len(ws) {
			v = ws[k+2]
		}
		switch v.folded {
		case "will", "shall", "has", "have":
			return true
		case "is", "was", "as", "its", "this", "his", "us":
			return false
		}
		return len(v.text) > 3 && v.text[0] >= 'a' && v.text[0] <= 'z' && strings.HasSuffix(v.text, "s") && !strings.HasSuffix(v.text, "ss")
	}
	return false
}

// listItem reports a sentence that can be an item of a list under a
// lead-in ending in a colon: a bullet, or a sentence that opens in lower
// case (an item the reader split from its lead-in, "to establish …").
func listItem(s summarize.Sentence) bool {
	t := strings.TrimLeft(s.Text, "-–•*·0123456789.) ")
	return s.Bullet || t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// assuredSupport reports a verb of offering or promising (the assure
// section) followed within six words of the same clause by what is
// offered (the backing section): "assured India's full support",
// "offered assistance", "extended its cooperation": a commitment one
// party made to another, reported without a cue word.
func assuredSupport(toks []token, acts map[string]uint16) bool {
	for i, t := range toks {
		if !t.word || acts[t.folded]&actAssure == 0 {
			continue
		}
		seen := 0
		for _, u := range toks[i+1:] {
			if !u.word {
				if strings.ContainsAny(u.text, ",;:.") {
					break
				}
				continue
			}
			if acts[u.folded]&actBacking != 0 {
				return true
			}
			if seen++; seen == 6 {
				break
			}
		}
	}
	return false
}
