package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// filtered are the pre-tested expressions of the package.
func filtered() map[string]*filteredRE {
	m := map[string]*filteredRE{
		"attendance": attendanceRE, "background": backgroundRE, "ceremony": ceremonyRE, "tragedy": tragedyRE,
		"meeting": meetingRE, "nextStep": nextStepRE, "event": eventRE, "appositive": appositiveRE,
		"namedCommitment": namedCommitmentRE, "undecided": undecidedRE, "thanks": thanksRE,
	}
	for _, f := range m {
		f.get() // compiled, so that need is filled in
	}
	return m
}

// texts are the sentences of the test documents and samples, as written
// and lower-cased, plus case-folding traps.
func texts(t testing.TB) []string {
	var docs []string
	for _, doc := range goldenInputs(t) {
		docs = append(docs, string(doc))
	}
	samples, _ := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	for _, f := range samples {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	out := []string{
		"The delegation WAS LED BY the minister.", "It was warmly welcomed by the host.", "The ſigned accord", "Next \u212Aeeting",
		"The NEXT MEETING will be held in May.", "Acme, a Kelvin-\u212Aompany", "Acme, a ſtart-up", "ACME, AN ENTERPRISE",
	}
	for _, doc := range docs {
		d := parse(t, []byte(doc))
		for _, s := range d.Sentences {
			out = append(out, s.Text, strings.ToLower(s.Text), strings.ToUpper(s.Text))
		}
	}
	return out
}

// TestFilteredExact: each pre-tested expression matches exactly what the
// expression alone matches, and the pre-test is not vacuous.
func TestFilteredExact(t *testing.T) {
	ts := texts(t)
	for name, f := range filtered() {
		if f.need == nil {
			t.Errorf("%s: no pre-test", name)
			continue
		}
		saved := 0
		for _, s := range ts {
			if got, want := f.MatchString(s), f.re.MatchString(s); got != want {
				t.Errorf("%s.MatchString(%q) = %v, regexp says %v (need %q)", name, s, got, want, f.need)
			}
			if got, want := f.FindStringSubmatch(s), f.re.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%s.FindStringSubmatch(%q) = %q, regexp says %q", name, s, got, want)
			}
			if !f.mayMatch(s) {
				saved++
			}
		}
		if saved == 0 {
			t.Errorf("%s: the pre-test never saved a run", name)
		}
	}
	// the cues, on lower-cased text as classify runs them
	cs := getOutcomeCues()
	for _, c := range cs.cues {
		if c.need == nil {
			t.Errorf("cue %q: no pre-test", c.re)
		}
	}
	for _, s := range ts {
		s = strings.ToLower(s)
		found := make([]bool, cs.lits.Len())
		may := cs.candidates(s, found)
		for i, c := range cs.cues {
			if c.re.MatchString(s) && may&(1<<i) == 0 {
				t.Errorf("cue %q matches %q but its pre-test %q rejects it", c.re, s, c.need)
			}
			if err := checkCueParts(&c, s, found); err != nil {
				t.Error(err)
			}
		}
	}
}

// checkCueParts reports a cue whose parts do not match lower exactly when
// its expression does, or a part that matches lower that its pre-test
// turns away.
func checkCueParts(c *cue, lower string, found []bool) error {
	whole, any := c.re.MatchString(lower), false
	for _, p := range c.parts {
		if p.re.MatchString(lower) {
			any = true
			if !p.mayMatch(found) {
				return fmt.Errorf("cue %q: its part %q matches %q but its pre-test %q rejects it", c.re, p.re, lower, p.need)
			}
		}
	}
	if whole != any {
		return fmt.Errorf("cue %q matches %q: %v, its parts: %v", c.re, lower, whole, any)
	}
	return nil
}

// TestCueParts checks that a cue's expression is split into parts
// (the test above checks them on every text) wherever it has an outer
// alternation, and not otherwise.
func TestCueParts(t *testing.T) {
	for _, c := range getOutcomeCues().cues {
		if len(c.parts) == 0 {
			t.Errorf("cue %q has no parts", c.re)
		}
	}
	for expr, want := range map[string]int{
		`\b(a|bc)\b`: 2, `ab|cd|ef`: 3, `\bx (y|z)( w|v)`: 2, `abc`: 1, `(?:ab)+`: 1, `((ab|cd))e`: 2,
	} {
		parts := alternatives(expr)
		if len(parts) != want {
			t.Errorf("alternatives(%q) = %q, want %d parts", expr, parts, want)
		}
		c := newCue("x", 1, expr)
		for _, s := range []string{"", "a", "bc", "a c", "x y w", "x zv", "x yv", "ab", "cd", "ef", "abc", "ababab", "ac", "bc c", "abe", "cde", "ae"} {
			if err := checkCueParts(&c, s, make([]bool, 1024)); err != nil && !strings.Contains(err.Error(), "pre-test") {
				t.Error(err)
			}
		}
	}
}

// FuzzFiltered: on any text, a pre-tested expression agrees with the
// expression alone.
func FuzzFiltered(f *testing.F) {
	for _, s := range texts(f)[:40] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, fr := range filtered() {
			if got, want := fr.MatchString(s), fr.re.MatchString(s); got != want {
				t.Fatalf("%s.MatchString(%q) = %v, regexp says %v (need %q)", name, s, got, want, fr.need)
			}
		}
		lower := strings.ToLower(s)
		cs := getOutcomeCues()
		found := make([]bool, cs.lits.Len())
		may := cs.candidates(lower, found)
		for i, c := range cs.cues {
			if c.re.MatchString(lower) && may&(1<<i) == 0 {
				t.Fatalf("cue %q matches %q but its pre-test rejects it", c.re, lower)
			}
			if err := checkCueParts(&c, lower, found); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestNotePatternsExact: the note sections' expressions, pre-tested,
// match exactly what they match alone, on the test documents' sentences
// as cueText makes them and as written.
func TestNotePatternsExact(t *testing.T) {
	c := getNoteCues()
	var all []notePattern
	for _, ps := range [][]notePattern{c.finding, c.recommendation, c.decision, c.action, c.announcement, c.fact, c.needsContext, c.selfReference} {
		all = append(all, ps...)
	}
	withStarts := 0
	for _, p := range all {
		if p.re.get().starts != nil { // compiled on first use
			withStarts++
		}
	}
	if withStarts == 0 {
		t.Error("no note pattern has a pre-test of its first bytes")
	}
	for _, s := range texts(t) {
		for _, x := range []string{s, cueText(s)} {
			for _, p := range all {
				if got, want := p.re.MatchString(x), p.re.re.MatchString(x); got != want {
					t.Errorf("%q.MatchString(%q) = %v, regexp says %v", p.re.expr, x, got, want)
				}
			}
		}
	}
}
