package briefing

import (
	"math"
	"testing"
)

// TestGateSignals: a rebuttal of another party's claims is read as
// claims and rebuttals with no act of the publisher's own, and a readout
// of a signing as acts with neither.
func TestGateSignals(t *testing.T) {
	for _, c := range []struct {
		name, text                 string
		claims, rebuttals, minActs float64
		maxActs                    float64
	}{
		{"rebuttal",
			"The Ministry of Foreign Affairs rejects the claims made by the spokesperson yesterday. " +
				"The spokesperson alleged that the island had accepted the principle. " +
				"These allegations are baseless and the island's future is for its people alone.",
			2.0 / 3, 2.0 / 3, 0, 0},
		{"signing",
			"The two ministers signed a memorandum of understanding on health cooperation. " +
				"They agreed to establish a joint working group. " +
				"The Ministry committed funding of five million dollars to the programme.",
			0, 0, 1, 1},
	} {
		a := analyse(parse(t, []byte(c.text)))
		_, sig := a.outcomeExamples(make([]float64, len(a.d.Sentences)), nil)
		g := sig.gate
		if math.Abs(g.claims-c.claims) > 1e-9 || math.Abs(g.rebuttals-c.rebuttals) > 1e-9 || g.acts < c.minActs || g.acts > c.maxActs {
			t.Errorf("%s: gate signals %+v, want claims %v, rebuttals %v, acts in [%v, %v]", c.name, g, c.claims, c.rebuttals, c.minActs, c.maxActs)
		}
	}
	if g := readGateSignals(nil, nil); g != (gateSignals{}) {
		t.Errorf("no sentences: %+v, want zero", g)
	}
}

// TestMoreGateFeatures: the gate's further features are the document's
// shares, then the shares of the listed sentences that take a stance and
// that state an act.
func TestMoreGateFeatures(t *testing.T) {
	cands := listedWith(0.9, 0.8, 0.7, 0.6)
	cands[0].ex.Features[actionFeature] = 1
	cands[0].ex.Features[instrumentFeature] = 1 // one sentence counts once
	cands[1].ex.Features[futureActFeature] = 1
	cands[2].ex.Features[weCommitFeature] = 1
	cands[3].ex.Features[stanceFeature] = 1
	got := moreGateFeatures(cands, gateSignals{claims: 0.5, rebuttals: 0.25, acts: 0.1})
	want := []float64{0.5, 0.25, 0.1, 0.25, 0.75}
	if len(got) != len(gateExtraFeatureNames) {
		t.Fatalf("%d features, %d names", len(got), len(gateExtraFeatureNames))
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("moreGateFeatures = %v, want %v", got, want)
		}
	}
	if got := moreGateFeatures(nil, gateSignals{}); got[3] != 0 || got[4] != 0 {
		t.Errorf("nothing listed: %v, want zero shares", got)
	}
	// The gate's features end with these, in the order of their names.
	all := gateFeatures(cands, docSignals{sentences: 10, gate: gateSignals{claims: 0.5, rebuttals: 0.25, acts: 0.1}})
	names := OutcomeGateFeatureNames()
	if len(all) != len(names) || names[len(names)-len(gateExtraFeatureNames)] != "claims" || all[len(all)-len(want)] != 0.5 {
		t.Errorf("gate features %v, names %v: want the further features last", all, names)
	}
}
