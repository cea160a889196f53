package briefing

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/brief-dev/brief/summarize"
)

//go:generate go run ../internal/cmd/trainoutcomes -lopo=false -texts=$BRIEF_CORPUS_TEXTS -out outcome_model.json

// outcomeModelJSON is the fitted outcome model (internal/cmd/trainoutcomes
// writes it; go generate ./briefing refits it).
//
//go:embed outcome_model.json
var outcomeModelJSON []byte

// builtinOutcomeModel parses the embedded model once. An error means the
// model no longer matches the features the code computes: refit it.
var builtinOutcomeModel = sync.OnceValues(func() (*OutcomeModel, error) {
	m := new(OutcomeModel)
	if err := json.Unmarshal(outcomeModelJSON, m); err != nil {
		return nil, fmt.Errorf("briefing: embedded outcome_model.json: %v", err)
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("briefing: embedded outcome_model.json is stale, run go generate ./briefing: %v", err)
	}
	return m, nil
})

// OutcomeModel is the fitted outcome scorer, the format of
// outcome_model.json, which internal/cmd/trainoutcomes writes: a
// sentence model (OutcomeFeatureNames) whose Threshold is the probability
// from which a sentence is listed, behind an optional document gate.
type OutcomeModel struct {
	Description string `json:"description"`
	Training    string `json:"training"` // what it was fitted on
	Labels      string `json:"labels"`   // how the targets were made
	Fit         string `json:"fit"`      // the optimiser, regularisation and threshold choice
	LogisticModel
	// Lexical, when set, adds to a sentence's log-odds the weights of its
	// hashed words and word pairs (outcome_lexical.go).
	Lexical *LexicalBlock `json:"lexical,omitempty"`
	// Gate, when set, first decides whether the document records any
	// outcome at all: a model over what it says as a whole
	// (OutcomeGateFeatureNames: how many sentences the sentence model lists
	// and how sure it is of the best, whether it reads as a meeting or opens
	// on a tragedy, its strongest cue, how many of its sentences speak of
	// sympathy, a meeting or an earlier year, how many reject or condemn
	// or speak of a death, whether its title does, the share of its
	// sentences with a firm cue, and of the listed sentences those on
	// attendance, history or in the first person; outcome_gate.go's
	// further evidence, such as the lead's reaction). A document it gives a
	// probability under its Threshold lists no outcome.
	Gate *LogisticModel `json:"gate,omitempty"`
	// GateLexical, when set with a gate, adds to the gate's log-odds the
	// weights of the hashed words of the document's title and lead
	// (outcome_gate.go).
	GateLexical *LexicalBlock `json:"gate_lexical,omitempty"`
	// GateFull, when above the gate's Threshold, is the gate probability
	// from which a document lists up to maxOutcomes outcomes; one the gate
	// opens with less lists at most one. A document the gate is unsure of
	// then keeps its surest outcome instead of losing all of them, and a
	// document without outcomes that the gate lets through costs one
	// wrong pick instead of five. The trainer chooses both thresholds.
	GateFull float64 `json:"gate_full,omitempty"`
	// Rank, when set, orders the sentences a document lists before the
	// first maxOutcomes are picked (outcome_rank.go); without it they are
	// picked by probability.
	Rank *RankModel `json:"rank,omitempty"`
	// More, when set, lets a document the gate opens fully list more
	// than maxOutcomes outcomes: after the first maxOutcomes in the rank
	// stage's order, the next ones the sentence model gives at least
	// More.Threshold, up to More.Max in all. A long communiqué lists
	// more key outcomes than five, and the fifth place often goes to an
	// acceptable outcome before a key one; a sixth sentence the model is
	// sure of is more often right than wrong. The trainer chooses both on
	// out-of-fold predictions (none when listing more does not pay).
	More *MorePicks `json:"more_picks,omitempty"`
}

// MorePicks is how many outcomes a document may list beyond
// maxOutcomes, and from which sentence probability.
type MorePicks struct {
	Max       int     `json:"max"`       // the most outcomes listed in all
	Threshold float64 `json:"threshold"` // the sentence probability from which one past maxOutcomes is listed
}

// check reports a MorePicks that would list no more than maxOutcomes or
// whose threshold is not a probability.
func (mp *MorePicks) check() error {
	if mp == nil {
		return nil
	}
	if mp.Max <= maxOutcomes || mp.Max > maxMoreOutcomes || mp.Threshold < 0 || mp.Threshold > 1 {
		return fmt.Errorf("outcome model: more_picks max %d must lie in (%d, %d] and threshold %g in [0, 1]", mp.Max, maxOutcomes, maxMoreOutcomes, mp.Threshold)
	}
	return nil
}

// maxMoreOutcomes bounds MorePicks.Max: a page has room for a few more
// outcomes, not a communiqué's every commitment.
const maxMoreOutcomes = 10

// allows reports whether a candidate of probability p may be listed as
// outcome number k (0 first), the list's first maxOutcomes being allowed
// any candidate.
func (mp *MorePicks) allows(k int, p float64) bool {
	if k < maxOutcomes {
		return true
	}
	return mp != nil && k < mp.Max && p >= mp.Threshold
}

// limit is the most outcomes a document may list.
func (mp *MorePicks) limit() int {
	if mp == nil {
		return maxOutcomes
	}
	return mp.Max
}

// LogisticModel is a fitted logistic regression over named features: the
// log-odds of features x are Intercept plus the sum of
// Weight × (x − Mean) / Scale, and its answer is yes from the probability
// Threshold.
type LogisticModel struct {
	Threshold float64          `json:"threshold"`
	Intercept float64          `json:"intercept"`
	Features  []OutcomeFeature `json:"features"`
}

// Probability is the model's probability for features x.
func (m *LogisticModel) Probability(x []float64) float64 {
	return 1 / (1 + math.Exp(-m.logOdds(x)))
}

// SentenceProbability is the sentence model's probability that ex states
// an outcome: its features and, with a lexical block, its words.
func (m *OutcomeModel) SentenceProbability(ex OutcomeExample) float64 {
	return 1 / (1 + math.Exp(-m.logOdds(ex.Features)-m.Lexical.odds(ex.Lex)))
}

// LogOdds is the model's log-odds for features x.
func (m *LogisticModel) LogOdds(x []float64) float64 { return m.logOdds(x) }

// logOdds is the model's log-odds for features x.
func (m *LogisticModel) logOdds(x []float64) float64 {
	z := m.Intercept
	for i, f := range m.Features {
		z += f.Weight * (x[i] - f.Mean) / f.Scale
	}
	return z
}

// check reports features that are not names, in that order, or that
// cannot be standardised.
func (m *LogisticModel) check(what string, names []string) error {
	if len(m.Features) != len(names) {
		return fmt.Errorf("%s has %d features, the code computes %d", what, len(m.Features), len(names))
	}
	for i, f := range m.Features {
		if f.Name != names[i] {
			return fmt.Errorf("%s feature %d is %q, the code computes %q", what, i, f.Name, names[i])
		}
		if f.Scale == 0 {
			return fmt.Errorf("%s feature %q has scale 0", what, f.Name)
		}
	}
	return nil
}

// outcomeGateFeatureNames names the gate's features, in order.
var outcomeGateFeatureNames = append([]string{"listed", "best", "meeting", "tragedy", "max_cue", "firm_cues", "title_tragedy", "sympathy", "meetings", "earlier",
	"second", "firm_share", "stances", "losses", "title_stance", "listed_attendance", "listed_earlier", "listed_first_person"},
	gateExtraFeatureNames...) // outcome_gate.go

// OutcomeGateFeatureNames returns the names of the gate's features in the
// order of OutcomeCandidates.GateFeatures.
func OutcomeGateFeatureNames() []string { return append([]string(nil), outcomeGateFeatureNames...) }

// gateFeatures are the gate's features of a document whose candidate
// sentences cands the sentence model lists (gives a probability at or
// above its threshold).
func gateFeatures(cands []scoredExample, sig docSignals) []float64 {
	best, second := 0.0, 0.0
	var attendance, earlier, firstPerson float64
	for _, c := range cands {
		if c.p > best {
			best, second = c.p, best
		} else if c.p > second {
			second = c.p
		}
		attendance += max(c.ex.Features[attendanceFeature], c.ex.Features[ceremonyFeature])
		earlier += max(c.ex.Features[earlierFeature], c.ex.Features[historyFeature])
		firstPerson += c.ex.Features[firstPersonFeature]
	}
	// Listed and firm sentences count up to five, or up to all the
	// sentences of a shorter document: one sentence that is plainly an
	// outcome is all a one-sentence document can say.
	most := float64(min(max(sig.sentences, 1), 5))
	return append([]float64{math.Min(float64(len(cands)), most) / most, best, b2f(sig.meeting), b2f(sig.tragedy), sig.maxCue, math.Min(float64(sig.firmCues), most) / most,
		b2f(sig.titleTragedy), sig.sympathy, sig.meetings, sig.earlier,
		second, float64(sig.firmCues) / float64(max(sig.sentences, 1)), sig.stances, sig.losses, b2f(sig.titleStance),
		listedShare(attendance, len(cands)), listedShare(earlier, len(cands)), listedShare(firstPerson, len(cands)),
		// outcome_gate.go
	}, moreGateFeatures(cands, sig.gate)...)
}

// listedShare is v, a count over the n sentences the model lists, as a
// share of them (at most 1; 0 when none is listed).
func listedShare(v float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return min(v/float64(n), 1)
}

// The positions of the sentence features the gate reads of the sentences
// the model lists.
var (
	attendanceFeature  = outcomeFeatureIndex("attendance")
	ceremonyFeature    = outcomeFeatureIndex("ceremony")
	earlierFeature     = outcomeFeatureIndex("earlier_year")
	historyFeature     = outcomeFeatureIndex("history")
	firstPersonFeature = outcomeFeatureIndex("first_person")
)

// OutcomeFeature is the weight of one named feature; Mean and Scale
// standardise it.
type OutcomeFeature struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Mean   float64 `json:"mean"`
	Scale  float64 `json:"scale"`
}

// Check reports a model whose features are not those the code computes
// (OutcomeFeatureNames, OutcomeGateFeatureNames), in that order, or whose
// rank stage weighs a feature it does not (RankFeatureNames).
func (m *OutcomeModel) Check() error {
	if err := m.check("outcome model", outcomeFeatureNames); err != nil {
		return err
	}
	if err := m.Lexical.check(lexBuckets); err != nil {
		return err
	}
	if err := m.GateLexical.check(gateLexBuckets); err != nil {
		return err
	}
	if m.GateLexical != nil && m.Gate == nil {
		return fmt.Errorf("outcome model: a gate's lexical block without a gate")
	}
	if m.Gate != nil {
		if err := m.Gate.check("outcome gate", outcomeGateFeatureNames); err != nil {
			return err
		}
	}
	if m.GateFull < 0 || m.GateFull > 1 || (m.GateFull > 0 && m.Gate == nil) {
		return fmt.Errorf("outcome model: gate_full %g needs a gate and must lie in [0, 1]", m.GateFull)
	}
	if err := m.More.check(); err != nil {
		return err
	}
	return m.Rank.check()
}

// outcomesByModel lists up to five sentences (more with m.More) the model
// scores at or above its threshold, most probable first (or in the rank
// stage's order), leaving out near-duplicates of one
// already listed. The kind is the sentence's strongest cue; a sentence no
// cue knows is a commitment when it looks ahead and a result otherwise.
func (a *analysis) outcomesByModel(m *OutcomeModel, scores []float64) ([]Outcome, bool) {
	if a.isCondolence() {
		return []Outcome{}, true
	}
	cands, sig := a.listedProbabilities(m, scores)
	return a.pickOutcomes(m, cands, sig)
}

// repeatsPick reports whether c says again what one of picked says.
func (a *analysis) repeatsPick(picked []scoredExample, c scoredExample) bool {
	for _, p := range picked {
		if a.nearDuplicate(p.ex.Text, p.ex.Index, c.ex.Text, c.ex.Index) {
			return true
		}
	}
	return false
}

// pickOutcomes is outcomesByModel's choice among the sentences the model
// lists, cands: none when the gate closes, else the first five in the
// rank stage's order (the most probable without one) that are not
// near-duplicates of one another, then with m.More the next ones sure
// enough; only the first when the gate opens under m.GateFull.
func (a *analysis) pickOutcomes(m *OutcomeModel, cands []scoredExample, sig docSignals) ([]Outcome, bool) {
	out := []Outcome{}
	limit := m.More.limit()
	if m.Gate != nil {
		p := m.gateProbability(cands, sig)
		if p < m.Gate.Threshold {
			return out, true
		}
		if p < m.GateFull {
			limit = 1
		}
	}
	a.rankCandidates(m, cands)
	var picked []scoredExample
	for _, c := range cands {
		if len(picked) == limit {
			break
		}
		// Past the first five, only a sentence the model is sure
		// enough of (More); the rank stage's order still decides
		// which come first.
		if !m.More.allows(len(picked), c.p) {
			continue
		}
		if !a.repeatsPick(picked, c) {
			picked = append(picked, c)
		}
	}
	future := outcomeFeatureIndex("future")
	for _, c := range picked {
		kind, _ := outcomeCue(a.d.Sentences[c.ex.Index].Text)
		if kind == "" {
			kind = "result"
			if c.ex.Features[future] > 0 {
				kind = "commitment"
			}
		}
		out = append(out, Outcome{Text: c.ex.Text, Kind: kind, Index: c.ex.Index, Score: round3(c.p)})
	}
	return out, len(out) == 0
}

// gateProbability is the gate's probability that a document whose
// listed sentences are cands records an outcome: its features and, with
// a lexical block, the words of its title and lead.
func (m *OutcomeModel) gateProbability(cands []scoredExample, sig docSignals) float64 {
	return 1 / (1 + math.Exp(-m.Gate.logOdds(gateFeatures(cands, sig))-m.GateLexical.odds(sig.gateLex)))
}

// OutcomeCandidates is one document's candidate sentences with every
// feature computed once, for a trainer that tries many models on the same
// documents: Outcomes(m) is what New lists with model m, without
// analysing the document again.
type OutcomeCandidates struct {
	mu         sync.Mutex // Outcomes fills the analysis's caches: a trainer may ask from several goroutines
	a          *analysis
	exs        []OutcomeExample
	sig        docSignals
	condolence bool
}

// NewOutcomeCandidates analyses d, given its summary, as New does.
func NewOutcomeCandidates(d *summarize.Document, sum *summarize.Summary) *OutcomeCandidates {
	c := &OutcomeCandidates{}
	if d == nil || len(d.Sentences) == 0 {
		return c
	}
	c.a = analyse(d)
	c.exs, c.sig = c.a.outcomeExamples(scaledScores(d, sum), nil)
	c.condolence = c.a.isCondolence()
	return c
}

// Examples returns the candidate sentences and their features
// (OutcomeFeatureNames).
func (c *OutcomeCandidates) Examples() []OutcomeExample { return c.exs }

// listed returns the candidates model m (its gate unused) lists.
func (c *OutcomeCandidates) listed(m *OutcomeModel) []scoredExample {
	var cands []scoredExample
	for _, ex := range c.exs {
		if p := m.SentenceProbability(ex); p >= m.Threshold {
			cands = append(cands, scoredExample{ex, p})
		}
	}
	return cands
}

// Outcomes returns the outcomes New lists with model m, their texts cut
// as New cuts them.
func (c *OutcomeCandidates) Outcomes(m *OutcomeModel) []Outcome {
	if c.a == nil || c.condolence {
		return []Outcome{}
	}
	c.mu.Lock()
	out, _ := c.a.pickOutcomes(m, c.listed(m), c.sig)
	c.mu.Unlock()
	for i := range out {
		out[i].Text = capQuote(out[i].Text)
	}
	return out
}

// GateFeatures returns the gate's features of the document with the
// sentence model m (its Gate unused): the gate's training data.
func (c *OutcomeCandidates) GateFeatures(m *OutcomeModel) []float64 {
	return gateFeatures(c.listed(m), c.sig)
}

// GateLexical returns the buckets of the gate's lexical features of the
// document (the words of its title and lead): the gate's training data.
func (c *OutcomeCandidates) GateLexical() []uint32 { return c.sig.gateLex }

// GateLexicalTerms returns the gate's lexical features of the document
// as text ("t|word", "L|first second"), for a trainer that reports which
// words weigh most.
func (c *OutcomeCandidates) GateLexicalTerms() []string {
	if c.a == nil {
		return nil
	}
	var lead []token
	if i := c.a.leadSentence(); i >= 0 {
		lead = c.a.sents[i].toks
	}
	var out []string
	gateLexTerms(words(c.a.d.Title), lead, func(fam byte, a, b string) {
		out = append(out, strings.TrimSpace(string(fam)+"|"+a+" "+b))
	})
	return out
}

// GateProbability returns the gate's probability of the document with
// model m (0 without a gate).
func (c *OutcomeCandidates) GateProbability(m *OutcomeModel) float64 {
	if m.Gate == nil {
		return 0
	}
	return m.gateProbability(c.listed(m), c.sig)
}

// scoredExample is a candidate sentence with the model's probability.
type scoredExample struct {
	ex OutcomeExample
	p  float64
}

// listedProbabilities returns the candidate sentences the model gives a
// probability at or above its threshold, and what the document says as a
// whole. A sentence that could not reach the threshold whatever its
// expression features say is left before they are computed: the result is
// the same, and most sentences of a document are such.
func (a *analysis) listedProbabilities(m *OutcomeModel, scores []float64) ([]scoredExample, docSignals) {
	gain := 0.0 // the most the deferred features can add to the log-odds
	for _, name := range deferredFeatures {
		f := m.Features[outcomeFeatureIndex(name)]
		gain += max(0, f.Weight/f.Scale)
	}
	cut := math.Log(m.Threshold / (1 - m.Threshold))
	exs, sig := a.outcomeExamples(scores, func(x []float64, lex []uint32) bool {
		return m.logOdds(x)+m.Lexical.odds(lex)+gain >= cut
	})
	var cands []scoredExample
	for _, ex := range exs {
		if p := m.SentenceProbability(ex); p >= m.Threshold {
			cands = append(cands, scoredExample{ex, p})
		}
	}
	return cands, sig
}

// outcomeFeatureIndex is the position of a named feature.
func outcomeFeatureIndex(name string) int {
	for i, n := range outcomeFeatureNames {
		if n == name {
			return i
		}
	}
	panic("briefing: no outcome feature " + name)
}
