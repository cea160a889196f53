package briefing

import (
	"math"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// This file reads what kind of act a sentence's main clause states: the
// verb after its subject, with its modality, rather than any cue anywhere
// in the sentence. A long statement lists many commitments; the ones a
// reader needs are the new acts ("we will establish a … Platform", "We
// task the relevant Ministers …", "we hereby establish …") and not the
// continuing ("we will continue …", "we remain committed …"), the aspiring
// ("we hope …") or the views ("we welcome …"). It also reads the shape of
// a statement that lists its commitments ("First, … Second, …", "To this
// end, …") and how specific a sentence is (an amount, a date ahead, a
// named new instrument) against the rest of its document. These are
// features: the fitted weights say what they count for.

// verbSections are the sections of outcome-signals.txt that class the
// main verb of a clause, and the words of amounts.
var verbSections = []string{"launch", "directive", "appeal", "pledge", "ongoing", "aspire", "view", "amount", "enumeration", "talk"}

// Bits of verbSections.
const (
	vbLaunch = 1 << iota
	vbDirective
	vbAppeal
	vbPledge
	vbOngoing
	vbAspire
	vbView
	vbAmount
	vbEnumeration
	vbTalk
)

// vbNew is the bit verbClasses gives a verb of a new act: the launch
// section's and the act and commit sections' verbs (outcome_features.go).
const vbNew = 1 << 15

// verbSignals maps each word of verbSections to its bits.
var verbSignals = sync.OnceValue(func() map[string]uint16 {
	return vocab.SectionBits("outcome-signals.txt", verbSections)
})

// verbClasses maps a verb's base form to its classes: verbSections' bits,
// and vbNew for the verbs of a new act. A verb of the ongoing, aspiring or
// pledge classes is not a new act, though the act and commit sections
// hold some ("remain", "determined").
var verbClasses = sync.OnceValue(func() map[string]uint16 {
	m := map[string]uint16{}
	for w, b := range actSignals() {
		if b&(actAct|actCommit) != 0 {
			m[w] |= vbNew
		}
	}
	for w, b := range verbSignals() {
		if b&(vbOngoing|vbAspire|vbPledge|vbView) != 0 {
			m[w] = b
			continue
		}
		m[w] |= b
		if b&vbLaunch != 0 {
			m[w] |= vbNew
		}
	}
	return m
})

// verbBits is the classes of a verb in any of its forms: the word, else
// the word without "-ing", "-ed", "-es", "-s" or "-d" (with an "e" put
// back, "creating", or a doubled consonant undone, "committing").
func verbBits(w string, m map[string]uint16) uint16 {
	if b := m[w]; b != 0 {
		return b
	}
	for _, suf := range verbSuffixes {
		if len(w) <= len(suf)+2 || !strings.HasSuffix(w, suf) {
			continue
		}
		base := w[:len(w)-len(suf)]
		if b := m[base]; b != 0 {
			return b
		}
		if b := m[base+"e"]; b != 0 {
			return b
		}
		if n := len(base); n > 3 && base[n-1] == base[n-2] {
			if b := m[base[:n-1]]; b != 0 {
				return b
			}
		}
	}
	return 0
}

// verbSuffixes are the endings verbBits takes off a word.
var verbSuffixes = [...]string{"ing", "ed", "es", "s", "d"}

// verbFormShapes are the shapes of verbForms' words, a filter before the
// map: readActs looks up a word or more of every sentence, and the map's
// look-up was 1.5 % of briefing.New (a filter never refuses a form).
var verbFormShapes = sync.OnceValue(func() *vocab.Shapes {
	var s vocab.Shapes
	for w := range verbForms() {
		s.Add(w)
	}
	return &s
})

// verbForms maps every form of a verb of verbClasses that verbBits finds
// to its classes: verbBits(w, verbClasses()) is verbForms()[w] for every
// word, in one look-up instead of up to fifteen. A word verbBits knows is
// a base form, or a base form (less a final "e", or with its last letter
// doubled) and a suffix; all of those are tried here, through verbBits
// itself.
var verbForms = sync.OnceValue(func() map[string]uint16 {
	classes := verbClasses()
	forms := map[string]uint16{}
	try := func(w string) {
		if b := verbBits(w, classes); b != 0 {
			forms[w] = b
		}
	}
	for k := range classes {
		if try(k); k == "" {
			continue
		}
		stems := []string{k, k + k[len(k)-1:]}
		if strings.HasSuffix(k, "e") {
			stems = append(stems, k[:len(k)-1])
		}
		for _, stem := range stems {
			for _, suf := range verbSuffixes {
				try(stem + suf)
			}
		}
	}
	return forms
})

// clauseVerb is what a sentence's main clause does.
type clauseVerb struct {
	class       uint16 // verbClasses' bits of the main verb (0: none known, or no verb found)
	future      bool   // after "will", "shall" or "going to", or "hereby"
	firstPerson bool   // its subject is "we" or "I"
	negated     bool   // "not" or "never" before the verb
}

// clauseAux are the words between a subject and its verb: auxiliaries,
// and the adverbs that stand there ("we will also further …").
var clauseAux = map[string]uint8{
	"will": auxFuture, "shall": auxFuture, "going": auxFuture, "hereby": auxFuture,
	"is": auxBe, "are": auxBe, "am": auxBe, "be": auxBe, "been": auxBe, "being": auxBe,
	"has": auxOther, "have": auxOther, "must": auxOther, "can": auxOther, "would": auxOther, "should": auxOther,
	"to": auxOther, "also": auxOther, "further": auxOther, "today": auxOther, "now": auxOther, "each": auxOther,
	"jointly": auxOther, "therefore": auxOther, "collectively": auxOther, "together": auxOther, "all": auxOther,
	"both": auxOther, "again": auxOther, "still": auxOther, "already": auxOther, "thus": auxOther, "hence": auxOther,
	"herewith": auxFuture, "not": auxNot, "never": auxNot,
}

// clauseAuxShapes filters the look-ups of clauseAux (vocab.Shapes: a
// word of another first and last byte and length is not in the map, which
// would say 0): mainVerbBy asks it of up to twelve words of every
// sentence, and most are settled without the map.
var clauseAuxShapes = sync.OnceValue(func() *vocab.Shapes {
	var s vocab.Shapes
	for w := range clauseAux {
		s.Add(w)
	}
	return &s
})

const (
	auxOther = iota + 1
	auxFuture
	auxBe
	auxNot
)

// auxOf is clauseAux[w], asked of the map only for a word of a shape
// some auxiliary has.
func auxOf(w string, shapes *vocab.Shapes) uint8 {
	if !shapes.May(w) {
		return 0
	}
	return clauseAux[w]
}

// clauseBreak is strings.ContainsAny(text, ",;:—–-"): a mark that
// ends a lead-in. Most marks are one byte, which holds none of the dashes
// of three and is settled without the search.
func clauseBreak(text string) bool {
	if len(text) == 1 {
		c := text[0]
		return c == ',' || c == ';' || c == ':' || c == '-'
	}
	return strings.ContainsAny(text, ",;:—–-")
}

// subjectPronoun reports a first-person subject.
func subjectPronoun(w string) bool { return w == "we" || w == "i" }

// mainVerb reads the main clause of a sentence: its subject is the first
// "we" or "I" that opens the sentence or follows a comma, a colon, a dash
// or a semicolon (a statement's own voice after its lead-in: "In
// particular, with a view to …, we will establish …"), else the sentence's
// opening. Within twelve words after the subject, the verb is the first
// word after an auxiliary, or the first word of a verb class not after a
// determiner; the auxiliaries before it give its modality.
func mainVerb(toks []token, classes map[string]uint16) clauseVerb {
	return mainVerbBy(toks, func(w string) uint16 { return verbBits(w, classes) })
}

// mainVerbBy is mainVerb with the verb classes of a word given by bits.
func mainVerbBy(toks []token, bits func(string) uint16) clauseVerb {
	start, first := -1, false
	prevBreak := true // the sentence's opening counts as after a break
	for i, t := range toks {
		if !t.word {
			if clauseBreak(t.text) {
				prevBreak = true
			}
			continue
		}
		if subjectPronoun(t.folded) && prevBreak {
			start, first = i, true
			break
		}
		prevBreak = false
	}
	if start < 0 {
		start = 0
	}
	var cv clauseVerb
	cv.firstPerson = first
	seen, aux, prev := 0, false, ""
	auxShapes := clauseAuxShapes()
	for _, t := range toks[start:] {
		if !t.word {
			if aux && strings.ContainsAny(t.text, ",;:") {
				break // "we will, …": the verb is past the aside
			}
			continue
		}
		if seen++; seen > 12 {
			break
		}
		if first && seen == 1 {
			continue // the subject
		}
		w := t.folded
		if k := auxOf(w, auxShapes); k != 0 {
			aux = true
			switch k {
			case auxFuture:
				cv.future = true
			case auxNot:
				cv.negated = true
			}
			prev = w
			continue
		}
		if strings.HasSuffix(w, "ly") && len(w) > 4 { // an adverb: "we firmly commit"
			continue
		}
		if aux {
			cv.class = bits(w)
			return cv
		}
		// (a capitalised word is no main verb without an auxiliary: no
		// look-up for the names a subject is made of)
		if t.text[0] >= 'a' && t.text[0] <= 'z' {
			if b := bits(w); b != 0 {
				switch prev {
				case "the", "a", "an", "our", "this", "its", "their", "these", "his", "her", "my":
				default:
					cv.class = b
					return cv
				}
			}
		}
		prev = w
	}
	return clauseVerb{firstPerson: first}
}

// actFeatureNames are the outcome features of this file, in order: the
// main verb's class (a new act, one in the future, a task given, an
// appeal, a pledge of being ready or committed, more of the same, a hope,
// a view, talks), its subject and negation; the structure signals; the
// specificity signals; and the document's share of continuing verbs with
// a new act against them.
var actFeatureNames = []string{
	"mv_new", "mv_new_future", "mv_directive", "mv_appeal", "mv_pledge", "mv_ongoing", "mv_aspire", "mv_view",
	"mv_first_person", "mv_negated",
	"enumerated", "to_this_end", "doc_enumerated",
	"amount", "date_ahead", "new_name", "specific_share",
	"doc_ongoing", "new_x_doc_ongoing", "doc_new", "ongoing_x_doc_new",
	"stance_x_long", "new_x_long",
	"mv_talk", "mv_talk_future",
}

// sentenceActs is what this file reads of one sentence.
type sentenceActs struct {
	verb                       clauseVerb
	enumerated, toThisEnd      bool
	amount, dateAhead, newName bool
	specific                   float64
}

// docActs is what this file reads of a document, sentence by sentence.
type docActs struct {
	sents       []sentenceActs
	enumerated  int     // sentences opening on an ordinal
	ongoing     float64 // the share of sentences whose main verb continues
	newActs     int     // sentences whose main verb is a new act, ahead or in the first person
	maxSpecific float64
	long        float64 // the document's length, 0 to 1 from 10 to 60 sentences
}

// readActs reads every sentence of the document; present is the year of
// its event (0: unknown).
func (a *analysis) readActs(present int) docActs {
	forms, shapes, sig := verbForms(), verbFormShapes(), verbSignals()
	bits := func(w string) uint16 {
		if !shapes.May(w) {
			return 0 // not a form: the map would say 0 too
		}
		return forms[w]
	}
	months := monthNames()
	d := docActs{sents: make([]sentenceActs, len(a.sents))}
	ongoing := 0
	for i := range a.sents {
		toks := a.sents[i].toks
		s := &d.sents[i]
		s.verb = mainVerbBy(toks, bits)
		if s.verb.class&vbOngoing != 0 {
			ongoing++
		}
		if s.verb.class&vbNew != 0 && !s.verb.negated && (s.verb.future || s.verb.firstPerson) {
			d.newActs++
		}
		s.enumerated, s.toThisEnd = opening(toks, sig)
		if s.enumerated {
			d.enumerated++
		}
		s.amount, s.dateAhead, s.newName = specifics(toks, sig, months, present)
		for _, b := range [...]bool{s.amount, s.dateAhead, s.newName} {
			if b {
				s.specific++
			}
		}
		d.maxSpecific = math.Max(d.maxSpecific, s.specific)
	}
	if n := len(a.sents); n > 0 {
		d.ongoing = float64(ongoing) / float64(n)
	}
	d.long = math.Min(math.Max(float64(len(a.sents))-10, 0)/50, 1)
	return d
}

// opening reports a sentence that opens on an ordinal followed by a comma
// ("First, …", "Finally, …": an item of a statement's list of
// commitments), and one that opens on "To this end" or "To that end" (a
// measure that serves the aim just stated).
func opening(toks []token, sig map[string]uint16) (enumerated, toThisEnd bool) {
	if len(toks) < 2 || !toks[0].word {
		return false, false
	}
	if sig[toks[0].folded]&vbEnumeration != 0 && toks[1].text == "," {
		return true, false
	}
	if len(toks) >= 3 && toks[0].folded == "to" && (toks[1].folded == "this" || toks[1].folded == "that") && toks[2].folded == "end" {
		return false, true
	}
	return false, false
}

// specifics reports what makes a sentence specific: an amount (a
// currency sign, or a number of millions or of a currency: the amount
// section), a date ahead (a month's name, a year from present on, or
// "next" before a year, month or week), and a named new instrument ("a"
// or "an", at most four lower-case words, then two capitalised ones: "a
// multi-agency Donor Coordination Platform").
func specifics(toks []token, sig map[string]uint16, months map[string]bool, present int) (amount, dateAhead, newName bool) {
	for i, t := range toks {
		if !t.word {
			if t.text == "$" || t.text == "€" || t.text == "£" || t.text == "¥" {
				amount = true
			}
			continue
		}
		w := t.folded
		if i > 0 && toks[i-1].text != "" && vocab.IsDigit(toks[i-1].text[0]) && sig[w]&vbAmount != 0 && vocab.IsDigits(numberSeparators.Replace(toks[i-1].text)) {
			amount = true
		}
		if isCap(t) && len(w) > 3 && months[w] {
			dateAhead = true
		}
		if y := yearOf(t.text); y > 0 && present > 0 && y >= present {
			dateAhead = true
		}
		if w == "next" && i+1 < len(toks) {
			switch toks[i+1].folded {
			case "year", "month", "week":
				dateAhead = true
			}
		}
		if (w == "a" || w == "an") && !newName {
			newName = namedAfter(toks[i+1:])
		}
	}
	return amount, dateAhead, newName
}

// numberSeparators are the marks inside a written number ("1,000.5").
var numberSeparators = strings.NewReplacer(",", "", ".", "")

// namedAfter reports at most four lower-case words then two capitalised
// ones at the start of toks.
func namedAfter(toks []token) bool {
	lower, caps := 0, 0
	for _, t := range toks {
		if !t.word {
			return false
		}
		if isCap(t) {
			if caps++; caps == 2 {
				return true
			}
			continue
		}
		if caps > 0 {
			return false
		}
		if lower++; lower > 4 {
			return false
		}
	}
	return false
}

// set writes sentence i's features (actFeatureNames) into x from f on,
// and returns the position after them.
func (d *docActs) set(x []float64, f, i int) int {
	s := d.sents[i]
	v := s.verb
	isNew := v.class&vbNew != 0 && !v.negated
	// the document's new acts, up to three: against them, more of the
	// same is seldom what a reader needs
	docNew := math.Min(float64(d.newActs), 3) / 3
	specificShare := 0.0
	if d.maxSpecific > 0 {
		specificShare = s.specific / d.maxSpecific
	}
	vals := [...]float64{
		b2f(isNew), b2f(isNew && v.future), b2f(v.class&vbDirective != 0 && !v.negated), b2f(v.class&vbAppeal != 0),
		b2f(v.class&vbPledge != 0), b2f(v.class&vbOngoing != 0), b2f(v.class&vbAspire != 0), b2f(v.class&vbView != 0),
		b2f(v.firstPerson), b2f(v.negated),
		b2f(s.enumerated), b2f(s.toThisEnd), math.Min(float64(d.enumerated), 3) / 3,
		b2f(s.amount), b2f(s.dateAhead), b2f(s.newName), specificShare,
		d.ongoing, b2f(isNew) * d.ongoing, docNew, b2f(v.class&vbOngoing != 0) * docNew,
		// a long statement holds many views and pledges, a readout few
		b2f(v.class&(vbOngoing|vbView|vbPledge|vbAspire) != 0) * d.long, b2f(isNew) * d.long,
		// talks about a subject: a discussion reported, or ahead a
		// visit's agenda, which a reader needs less than the visit
		b2f(v.class&vbTalk != 0 && !v.negated), b2f(v.class&vbTalk != 0 && !v.negated && v.future),
	}
	copy(x[f:], vals[:])
	return f + len(vals)
}
