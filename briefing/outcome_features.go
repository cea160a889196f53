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
	return append(names,
		"cue_weight", "no_cue", "cue_x_meeting",
		"ceremony", "named_commitment", "thanks", "undecided", "attendance", "background", "past_paragraph",
		"background_section", "party_subject", "persons", "bodies", "countries", "bullet", "short_bullet", "quote",
		"future", "negation", "reporting", "hedge", "collective", "action",
		"rank_score", "position", "first_sentence", "first_paragraph", "words",
		"doc_meeting", "doc_condolence", "doc_sentences", "doc_max_cue", "doc_firm_cues", "doc_tragedy",
	)
}()

// OutcomeFeatureNames returns the names of the outcome model's features in
// the order of OutcomeExample.Features: what a trainer fits weights for.
func OutcomeFeatureNames() []string { return append([]string(nil), outcomeFeatureNames...) }

// OutcomeExample is one sentence as the outcome model sees it.
type OutcomeExample struct {
	Index    int       // the sentence's index in the document
	Text     string    // the sentence as an outcome shows it (trimmed)
	Features []float64 // in the order of OutcomeFeatureNames
}

// OutcomeExamples returns every sentence of d that can be an outcome with
// its features, given d's summary: the training data of the outcome model
// (internal/cmd/trainoutcomes), computed exactly as New computes it.
func OutcomeExamples(d *summarize.Document, sum *summarize.Summary) []OutcomeExample {
	if d == nil || len(d.Sentences) == 0 {
		return nil
	}
	a := analyse(d)
	exs, _ := a.outcomeExamples(scaledScores(d, sum), nil)
	return exs
}

// signalSections are the sections of outcome-signals.txt, in the order of
// their features.
var signalSections = []string{"future", "negation", "reporting", "hedge", "collective", "action"}

// signals maps each word of outcome-signals.txt to the bits (by
// signalSections) of the sections that hold it.
var signals = sync.OnceValue(func() map[string]uint16 {
	return vocab.SectionBits("outcome-signals.txt", signalSections)
})

// deferredFeatures are the features that run an expression over the
// sentence: the costliest, so a model may rule a sentence out before they
// are computed (see outcomeExamples).
var deferredFeatures = []string{"ceremony", "named_commitment", "thanks", "undecided", "attendance", "background", "party_subject"}

// outcomeExamples computes the features of every candidate sentence.
// Sentences too short to state anything, questions, the title repeated
// and headlines are no candidates. When keep is not nil it is asked first, with the
// deferredFeatures still 0, and a sentence it refuses is left out before
// they are computed.
func (a *analysis) outcomeExamples(scores []float64, keep func(x []float64) bool) ([]OutcomeExample, docSignals) {
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
	for i, s := range a.d.Sentences {
		kinds[i], weights[i] = classify(s.Text)
		docMax = math.Max(docMax, weights[i])
		if weights[i] >= firm {
			docFirm++
		}
		if i < 3 && tragedyRE.MatchString(s.Text) {
			tragedy = true
		}
	}
	var out []OutcomeExample
	pastPara := -1
	for i, s := range a.d.Sentences {
		text := s.Text
		if pastRE.MatchString(text) {
			pastPara = s.Paragraph
		}
		nwords := len(strings.Fields(text))
		if nwords < 5 || text == a.d.Title || isQuestion(text) || !strings.HasSuffix(text, ".") && isHeadline(tokenize(text)) {
			continue
		}
		x := make([]float64, len(outcomeFeatureNames))
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
		var bits uint16
		for _, t := range a.sents[i].toks { // words(text), from the tokens analyse made
			if t.word {
				bits |= sig[fold(t.text)]
			}
		}
		for k := range signalSections {
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
		if keep != nil && !keep(x) {
			continue
		}
		f = deferredAt
		flag(ceremonyRE.MatchString(text))
		flag(kind == "commitment" && namedCommitmentRE.MatchString(text))
		flag(kind == "reaffirmation" && thanksRE.MatchString(text))
		flag(kind == "decision" && undecidedRE.MatchString(text))
		flag(attendanceRE.MatchString(text))
		flag(backgroundRE.MatchString(text))
		f = subjectAt
		flag(subjectRE.MatchString(trimItem(text)))
		out = append(out, OutcomeExample{Index: i, Text: trimItem(text), Features: x})
	}
	return out, docSignals{meeting: meeting, tragedy: tragedy, maxCue: docMax, firmCues: docFirm}
}

// docSignals is what a document as a whole says of its outcomes.
type docSignals struct {
	meeting, tragedy bool
	maxCue           float64 // the strongest cue of any sentence
	firmCues         int     // sentences with a firm cue
}
