package briefing

import (
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// This file reads two shapes of a decision that the cue families and the
// main-verb classes of outcome_acts.go do not see.
//
// A decision that changes or holds a setting: a verb of changing one
// ("raise", "reduce", "extend") or of keeping it ("maintain", "hold")
// paired with a noun of a setting (a rate, a target, a duty, a ceiling, a
// price, a limit, a deadline) and a new level or a change in a number
// ("to 3/4 per cent", "by 25 basis points", "at ¼ percent", "from 20 to
// 10 per cent"). A central bank's rate decision, a government's cut in a
// customs duty and a rise in a minimum wage are of this kind, and say so
// with none of the words of agreeing or deciding ("The Bank of Canada
// today increased its target for the overnight rate to 2½%").
//
// An act the announcing body states as its own news: "today" followed by
// a verb in the past ("The Bank today maintained …", "The Ministry today
// announced …"), or a progressive of a verb of a new act or of a change
// after "is" or "are" ("The Bank is raising …", "the Bank is also
// announcing …"). A first sentence is more often background in a readout;
// this shape is the release's own decision.
//
// Each part is a feature of its own; the fitted weights say what they
// count for.

// settingSections are the sections of outcome-signals.txt this file
// reads: verbs that change a setting, verbs that keep one, and the nouns
// of settings. The verbs and nouns are listed in their base forms and
// read in any form (settingWords).
var settingSections = []string{"change", "hold", "setting"}

// Bits of settingSections.
const (
	stChange = 1 << iota
	stHold
	stSetting
)

// settingWords maps each word of settingSections, in every form the
// section's words take (a verb's "-s", "-ed" and "-ing" forms, a noun's
// plural), to its bits: one look-up per token of a sentence.
var settingWords = sync.OnceValue(func() map[string]uint16 {
	base := vocab.SectionBits("outcome-signals.txt", settingSections)
	m := make(map[string]uint16, 4*len(base))
	for w, b := range base {
		m[w] |= b
		var forms []string
		if b&(stChange|stHold) != 0 {
			forms = inflectVerb(w)
		} else {
			forms = []string{plural(w)}
		}
		for _, f := range forms {
			m[f] |= b
		}
	}
	return m
})

// settingShapes filters the look-ups of settingWords: readSettings asks
// of every word of every sentence, and nine words in ten are settled
// without one.
var settingShapes = sync.OnceValue(func() *vocab.Shapes {
	var s vocab.Shapes
	for w := range settingWords() {
		s.Add(w)
	}
	return &s
})

// inflectVerb returns the regular "-s", "-ed" and "-ing" forms of a verb's
// base form (irregular pasts, "cut", "held", "kept", are listed as words
// of their own): "raise" → "raises raised raising", "lift" → "lifts
// lifted lifting", a short verb's final consonant doubled ("cut" →
// "cutting").
func inflectVerb(w string) []string {
	n := len(w)
	switch {
	case n == 0:
		return nil
	case strings.HasSuffix(w, "e"):
		return []string{w + "s", w + "d", w[:n-1] + "ing"}
	case strings.HasSuffix(w, "y") && n > 2 && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return []string{w[:n-1] + "ies", w[:n-1] + "ied", w + "ing"}
	case n == 3 && !strings.ContainsRune("aeiou", rune(w[0])) && strings.ContainsRune("aeiou", rune(w[1])) && !strings.ContainsRune("aeiouwxy", rune(w[2])):
		return []string{w + "s", w + string(w[2]) + "ed", w + string(w[2]) + "ing"}
	case strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "s"):
		return []string{w + "es", w + "ed", w + "ing"}
	}
	return []string{w + "s", w + "ed", w + "ing"}
}

// plural returns a noun's regular plural ("rate" → "rates", "duty" →
// "duties", "tax" → "taxes").
func plural(w string) string {
	n := len(w)
	switch {
	case n > 2 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
		return w + "es"
	}
	return w + "s"
}

// settingFeatureNames are the outcome features of this file, in order: a
// verb of change or of holding paired with a setting, a new level after
// such a verb, both (the whole decision), a setting held, the whole
// decision in the document's first paragraph, and an act stated as the
// announcing body's own news in the first paragraph (where it opens the
// release; anywhere, the feature cost the fitted model its threshold on
// the documents it was fitted on, more picks on no-outcome documents).
var settingFeatureNames = []string{
	"set_verb_setting", "set_level", "set_decision", "set_hold", "set_decision_x_first",
	"own_act_x_first",
}

// settingActs is what this file reads of one sentence.
type settingActs struct {
	verbSetting, level, decision, hold bool
	ownAct                             bool
}

// settingPair is how many words apart a verb and its setting may stand:
// "increased its target for the overnight rate" (6), "the ceiling and
// floor rates of the corridor for the OPR are correspondingly reduced"
// (corridor … reduced: 6).
const settingPair = 8

// levelReach is how many words after the verb a level may follow:
// "reduce the Overnight Policy Rate (OPR) by 50 basis points" (6).
const levelReach = 12

// readSettings reads one sentence's tokens. short holds the short names
// the document has given its settings so far, an acronym in brackets
// after a setting ("the Official Cash Rate (OCR)"), so that a later
// "hold the OCR at 5.5 percent" names a setting too; readSettings adds
// the sentence's own (short may be nil when the caller keeps none).
// words is settingWords(), whose filter (settingShapes) it asks first.
func readSettings(toks []token, words map[string]uint16, short map[string]bool) settingActs {
	var s settingActs
	shapes := settingShapes()
	defining := false                          // a setting then "(": an acronym may follow
	k := 0                                     // the word's index among the sentence's words
	verbAt, holdAt, nounAt := -100, -100, -100 // the last verb of change or holding, of holding, and setting noun
	leadAt := -100                             // the last "to", "by", "at" or "from" after a verb in reach
	for i, t := range toks {
		if !t.word {
			defining = t.text == "(" && nounAt == k-1 && short != nil
			// a fraction sign is a number of its own ("at ¼ percent")
			if leadAt >= 0 && k-leadAt <= 3 && isFraction(t.text) {
				s.level = true
			}
			continue
		}
		w := t.folded
		var b uint16
		if shapes.May(w) {
			b = words[w]
		}
		if isAcronym(t) && short != nil {
			if defining {
				short[w] = true
			} else if short[w] {
				b |= stSetting
			}
		}
		defining = false
		if b&(stChange|stHold) != 0 && t.text[0] >= 'a' && t.text[0] <= 'z' {
			verbAt = k
			if b&stHold != 0 {
				holdAt = k
			}
			if k-nounAt <= settingPair {
				s.verbSetting = true
				s.hold = s.hold || b&stHold != 0
			}
		}
		if b&stSetting != 0 {
			nounAt = k
			if k-verbAt <= settingPair {
				s.verbSetting = true
				s.hold = s.hold || k-holdAt <= settingPair
			}
		}
		switch w {
		case "to", "by", "at", "from":
			if k-verbAt <= levelReach {
				leadAt = k
			}
		default:
			if leadAt >= 0 && k-leadAt <= 3 && vocab.IsDigit(t.text[0]) {
				s.level = true
			}
		}
		if i < 40 && k < 15 && !s.ownAct {
			s.ownAct = ownActAt(toks, i)
		}
		k++
	}
	s.decision = s.verbSetting && s.level
	return s
}

// isFraction reports a vulgar fraction sign ("¼", "½", "¾").
func isFraction(t string) bool { return t == "¼" || t == "½" || t == "¾" }

// ownActAt reports the shape of an act stated as the announcing body's
// news at word toks[i]: "today" followed by a lower-case verb in the past
// ("today announced", "today increased", "today maintained"), or "is" or
// "are" after a named subject or "we", past "also" or "today", followed
// by a progressive of a verb of a change or of the launch section ("the
// Bank is raising", "the Bank is also announcing"). A verb of reporting,
// of a meeting, of courtesy or sympathy, and one whose object is a
// statement ("today issued the following statement") release words, not
// an act.
func ownActAt(toks []token, i int) bool {
	// the word right after j; punctuation breaks the shape ("today, …")
	next := func(j int) (token, int) {
		if j++; j < len(toks) && toks[j].word {
			return toks[j], j
		}
		return token{}, -1
	}
	var v token
	j := -1
	switch toks[i].folded {
	case "today":
		if v, j = next(i); j < 0 || v.text[0] < 'a' || v.text[0] > 'z' {
			return false
		}
		if !(len(v.text) > 4 && strings.HasSuffix(v.text, "ed") || settingWords()[v.folded]&(stChange|stHold) != 0 && !strings.HasSuffix(v.text, "ing")) {
			return false
		}
	case "is", "are":
		if !namedSubject(toks[:i]) {
			return false
		}
		v, j = next(i)
		for j >= 0 && (v.folded == "also" || v.folded == "today" || v.folded == "now") {
			v, j = next(j)
		}
		if j < 0 || len(v.text) < 6 || !strings.HasSuffix(v.text, "ing") || v.text[0] < 'a' || v.text[0] > 'z' {
			return false
		}
		if settingWords()[v.folded]&(stChange|stHold) == 0 && verbBits(v.folded, verbSignals())&vbLaunch == 0 {
			return false
		}
	default:
		return false
	}
	if b := signals()[v.folded]; b&(sigReporting|sigCourtesy|sigSympathy) != 0 || b&sigMeeting != 0 && b&sigAction == 0 {
		return false // ("signed" is a meeting's word and an act)
	}
	for k, n := j+1, 0; k < len(toks) && n < 3; k++ {
		if toks[k].word {
			if toks[k].folded == "statement" || toks[k].folded == "following" {
				return false
			}
			n++
		}
	}
	return true
}

// namedSubject reports words before a verb that name who acts: "we", a
// capitalised word past the first ("The Bank", "Further, the Bank"), or a
// capitalised first word alone that is no pronoun ("Canada is …"); not a
// common noun phrase that opens the sentence ("Ongoing excess supply is
// …").
func namedSubject(toks []token) bool {
	words := 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		words++
		if t.folded == "we" || words > 1 && isCap(t) {
			return true
		}
	}
	if words != 1 || !isCap(toks[0]) {
		return false
	}
	switch toks[0].folded {
	case "they", "it", "this", "these", "there", "he", "she", "that", "those":
		return false
	}
	return true
}

// docSettings is what this file reads of a document, sentence by
// sentence.
type docSettings []settingActs

// readSettings reads every sentence of the document.
func (a *analysis) readSettings() docSettings {
	words, short := settingWords(), map[string]bool{}
	d := make(docSettings, len(a.sents))
	for i := range a.sents {
		d[i] = readSettings(a.sents[i].toks, words, short)
	}
	return d
}

// set writes sentence i's features (settingFeatureNames) into x from f
// on, and returns the position after them; first says the sentence is in
// the document's first paragraph.
func (d docSettings) set(x []float64, f, i int, first bool) int {
	s := d[i]
	vals := [...]float64{
		b2f(s.verbSetting), b2f(s.level), b2f(s.decision), b2f(s.hold), b2f(s.decision && first),
		b2f(s.ownAct && first),
	}
	copy(x[f:], vals[:])
	return f + len(vals)
}
