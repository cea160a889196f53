package briefing

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// signalClass returns the lookup that tells whether a sentence sets the
// word class sec of outcome-signals.txt, as outcomeExamples computes it:
// the bit of sec in signals() (or actSignals() for the act sections) of
// any word token of the sentence, by its folded form. ok is false for a
// section the outcome features do not read.
func signalClass(sec string) (set func(sentence string) bool, ok bool) {
	lookup := func(m func() map[string]uint16, bit uint16) func(string) bool {
		return func(sentence string) bool {
			words := m()
			for _, t := range tokenize(sentence) {
				if t.word && words[t.folded]&bit != 0 {
					return true
				}
			}
			return false
		}
	}
	if k := slices.Index(signalSections, sec); k >= 0 {
		return lookup(signals, 1<<k), true
	}
	if k := slices.Index(actSections, sec); k >= 0 {
		return lookup(actSignals, 1<<k), true
	}
	if k := slices.Index(verbSections, sec); k >= 0 {
		// outcome_acts.go reads these words in any form (verbBits)
		return func(sentence string) bool {
			for _, t := range tokenize(sentence) {
				if t.word && verbBits(t.folded, verbSignals())&(1<<k) != 0 {
					return true
				}
			}
			return false
		}, true
	}
	if k := slices.Index(settingSections, sec); k >= 0 {
		return lookup(settingWords, 1<<k), true // in any form (outcome_settings.go)
	}
	return nil, false
}

// TestOutcomeSignalExamples runs the examples of every line of
// outcome-signals.txt through the word-class lookup of the outcome
// features: every word of a line must occur as a word of one of its "+"
// sentences, each "+" sentence must set the line's class and each "-"
// near miss must not (it holds no word of the class: a stem in another
// form, a compound, the word inside another word). A line without a "+"
// example, or without a "-" one and no "# no near miss:" reason, fails,
// and so do a section the features do not read and a class of the
// features with no line.
func TestOutcomeSignalExamples(t *testing.T) {
	const file = "outcome-signals.txt"
	secs := vocab.Examples(file)
	for _, sec := range slices.Concat(signalSections, actSections, verbSections, settingSections) {
		if len(secs[sec]) == 0 {
			t.Errorf("%s: the outcome features read a class [%s] it does not have", file, sec)
		}
	}
	for sec, ents := range secs {
		set, ok := signalClass(sec)
		if !ok {
			t.Errorf("%s [%s]: a section the outcome features do not read", file, sec)
			continue
		}
		for _, e := range ents {
			where := fmt.Sprintf("%s:%d [%s] %q", file, e.Line, sec, e.Text)
			if problem := e.Incomplete(); problem != "" {
				t.Errorf("%s: %s", where, problem)
			}
			inMatch := map[string]bool{}
			for _, s := range e.Match {
				for _, w := range words(s) {
					inMatch[w] = true
				}
				if !set(s) {
					t.Errorf("%s: + example %q does not set the class", where, s)
				}
			}
			for _, w := range strings.Fields(e.Text) {
				if !inMatch[w] {
					t.Errorf("%s: the word %q is in no \"+\" example", where, w)
				}
			}
			for _, s := range e.Miss {
				if set(s) {
					var hit []string
					for _, w := range words(s) {
						if set(w) {
							hit = append(hit, w)
						}
					}
					t.Errorf("%s: - near miss %q sets the class (by %q)", where, s, hit)
				}
			}
		}
	}
}

func TestIsStatement(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The ministers agreed to meet again in May.", true},
		{"“We will open the office next year,” the minister said.", true},
		{"2024 will see the first joint patrols.", true},
		{"by striking the second sentence and inserting the following: “New text.”;", false},
		{"in paragraph (1), by striking “old” and inserting “new”; and", false},
		{"The parties agreed to the following:", false},
		{"Will the office open next year?", false},
		{"", false},
	} {
		if got := isStatement(c.text); got != c.want {
			t.Errorf("isStatement(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
