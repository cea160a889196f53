package briefing

import "testing"

// TestUnsureKindKeepsOutcomes: a report or a speech the classifier is sure
// of gives its own sections in place of outcomes; one it is unsure of (a
// rate statement read as a report) keeps its outcomes beside them, under
// Key outcomes.
func TestUnsureKindKeepsOutcomes(t *testing.T) {
	d := parse(t, []byte("Bank Lowers Its Policy Rate\n\n"+
		"The Monetary Committee of the Central Bank of Valdoria decided today to lower the policy rate to 3.25 percent.\n\n"+
		"Growth in the region has slowed and inflation is expected to remain low over the coming year.\n"))
	a := analyse(d)
	scores := make([]float64, len(d.Sentences))
	for _, k := range []string{"report", "speech"} {
		for _, c := range []struct {
			confidence float64
			keep       bool
		}{{0.4, true}, {0.5, false}, {0.9, false}} {
			b := &Brief{Kind: k, KindConfidence: c.confidence, Analysed: true,
				Outcomes: []Outcome{{Text: d.Sentences[1].Text, Kind: "decision", Index: 1}}}
			newShaper(a, scores, DefaultSectionTopShare).shape(b)
			if kept := len(b.Outcomes) == 1; kept != c.keep {
				t.Errorf("%s at %.1f: %d outcomes, want kept %v", k, c.confidence, len(b.Outcomes), c.keep)
			}
			want := ""
			if c.keep {
				want = "Key outcomes"
			}
			if h := b.OutcomesHeading(); h != want {
				t.Errorf("%s at %.1f: outcomes heading %q, want %q", k, c.confidence, h, want)
			}
		}
	}
}
