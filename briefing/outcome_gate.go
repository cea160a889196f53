package briefing

// The document gate's evidence that a document answers or reports others
// rather than recording acts of its own: a rebuttal of another party's
// claims, a reaction, a notice that someone attended, thanks. Such
// documents hold sentences the sentence model lists (another state's
// announcement, a visit's programme, a line of thanks), so the gate
// weighs what the document as a whole does, and what kind of sentences
// the model lists in it. The words are those of outcome-signals.txt's
// existing sections; the weights are learned with the rest of the gate.

// gateExtraFeatureNames names the features moreGateFeatures computes, in
// order; they follow the gate's first features (outcomeGateFeatureNames).
var gateExtraFeatureNames = []string{"claims", "rebuttals", "acts", "listed_stance", "listed_acts"}

// gateSignals are the shares of a document's sentences that carry the
// gate's further evidence.
type gateSignals struct {
	// claims: a claim or an accusation (what another party asserts);
	// rebuttals: a denial or a correction; acts: a verb of a completed
	// act, a party binding itself, or what an act produces (an
	// agreement, a plan, money) — the publisher's own acts, which a
	// rebuttal or an attendance notice lacks.
	claims, rebuttals, acts float64
}

// readGateSignals counts, over each sentence's bits of signalSections
// (bits) and of actSections (acts), the sentences that carry the gate's
// evidence: one pass over words already looked up.
func readGateSignals(bits, acts []uint16) gateSignals {
	if len(bits) == 0 {
		return gateSignals{}
	}
	var claims, rebuttals, acted int
	for i := range bits {
		if acts[i]&actClaim != 0 {
			claims++
		}
		if bits[i]&sigRebuttal != 0 {
			rebuttals++
		}
		if bits[i]&sigAction != 0 || acts[i]&(actCommit|actInstrument) != 0 {
			acted++
		}
	}
	n := float64(len(bits))
	return gateSignals{claims: float64(claims) / n, rebuttals: float64(rebuttals) / n, acts: float64(acted) / n}
}

// The positions of the sentence features moreGateFeatures reads of the
// listed sentences.
var (
	stanceFeature     = outcomeFeatureIndex("stance")
	actionFeature     = outcomeFeatureIndex("action")
	instrumentFeature = outcomeFeatureIndex("instrument")
	futureActFeature  = outcomeFeatureIndex("future_act")
	weCommitFeature   = outcomeFeatureIndex("we_commit")
)

// moreGateFeatures are the gate's further features (gateExtraFeatureNames)
// of a document whose listed sentences are cands: the document's shares
// of claims, rebuttals and acts, and the shares of the listed sentences
// that take a stance (reject, condemn) and that state an act (a completed
// act, what an act produced, a firm act ahead, the issuing parties
// binding themselves). Another state's announcement or a visit's
// programme, listed in a rebuttal or a notice, states none.
func moreGateFeatures(cands []scoredExample, g gateSignals) []float64 {
	var stance, acts float64
	for _, c := range cands {
		x := c.ex.Features
		stance += x[stanceFeature]
		acts += max(x[actionFeature], x[instrumentFeature], x[futureActFeature], x[weCommitFeature])
	}
	return []float64{g.claims, g.rebuttals, g.acts, listedShare(stance, len(cands)), listedShare(acts, len(cands))}
}
