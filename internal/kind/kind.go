// Package kind tells what kind of document a text is (a readout or press
// release, a news story, a report, a transcript, a speech, a bill) from
// general features of its text: length, paragraph shape, speaker turns and
// speakers, numbered sections, quotations and attribution, who the text
// speaks of (itself or others) and a few families of cue words. The kind
// decides how a document is best summarised and briefed. No feature is
// the page furniture of one publisher ("(CNN)", a site's byline): a model
// that learned those took every other publisher's stories for readouts.
//
// The classifier is a one-vs-rest logistic regression per kind over the
// features of Features, fitted by internal/cmd/trainkind on the project's
// development sets and the public-domain and openly licensed texts of
// testdata (news stories of four publishers, releases of eleven) and
// embedded as model.json (go generate ./internal/kind). It reads at most the first MaxBytes of a text, so a
// 100-page report costs no more than a long article.
package kind

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"sync"
)

//go:generate go run ../cmd/trainkind -eval ../../../shared/eval -testdata ../../testdata -out model.json

// Kind is a kind of document.
type Kind string

// The kinds Detect tells apart.
const (
	Readout    Kind = "readout"    // meeting or call readout, joint statement, press release, statement
	News       Kind = "news"       // news story
	Report     Kind = "report"     // report, study, briefing paper with sections
	Transcript Kind = "transcript" // meeting, hearing or press-briefing transcript: speaker turns
	Speech     Kind = "speech"     // speech, remarks, prepared statement read aloud
	Bill       Kind = "bill"       // bill, act or other legal text with numbered sections
)

// Kinds lists every kind, in a fixed order.
var Kinds = []Kind{Readout, News, Report, Transcript, Speech, Bill}

// Parse returns the kind called s.
func Parse(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q (valid: readout, news, report, transcript, speech, bill)", s)
}

// Result is what Detect found.
type Result struct {
	Kind Kind `json:"kind"`
	// Confidence is the probability the classifier gives Kind, in
	// (0, 1]: the one-vs-rest probabilities normalised to sum to 1.
	Confidence float64 `json:"confidence"`
	// Scores gives that probability for every kind.
	Scores map[Kind]float64 `json:"scores"`
}

// Model is the fitted classifier, the format of model.json.
type Model struct {
	Description string       `json:"description"`
	Training    string       `json:"training"`
	Split       string       `json:"split"`
	Fit         string       `json:"fit"`
	Features    []string     `json:"features"` // names, in the order of Features
	Mean        []float64    `json:"mean"`     // standardisation of each feature
	Scale       []float64    `json:"scale"`
	Classes     []ClassModel `json:"classes"`
}

// ClassModel is the one-vs-rest logistic regression of one kind, over
// standardised features.
type ClassModel struct {
	Kind      Kind      `json:"kind"`
	Intercept float64   `json:"intercept"`
	Weights   []float64 `json:"weights"`
}

// Check reports whether m matches the features this package computes.
func (m *Model) Check() error {
	if len(m.Features) != len(featureNames) || len(m.Mean) != len(featureNames) || len(m.Scale) != len(featureNames) {
		return fmt.Errorf("model has %d features, want %d", len(m.Features), len(featureNames))
	}
	for i, n := range m.Features {
		if n != featureNames[i] {
			return fmt.Errorf("feature %d is %q, want %q", i, n, featureNames[i])
		}
		if !(m.Scale[i] > 0) {
			return fmt.Errorf("feature %q has scale %v", n, m.Scale[i])
		}
	}
	if len(m.Classes) == 0 {
		return fmt.Errorf("model has no classes")
	}
	for _, c := range m.Classes {
		if _, err := Parse(string(c.Kind)); err != nil {
			return err
		}
		if len(c.Weights) != len(featureNames) {
			return fmt.Errorf("class %s has %d weights, want %d", c.Kind, len(c.Weights), len(featureNames))
		}
	}
	return nil
}

// Classify applies m to a row of features.
func (m *Model) Classify(x []float64) Result {
	r := Result{Scores: make(map[Kind]float64, len(m.Classes))}
	var sum float64
	for _, c := range m.Classes {
		z := c.Intercept
		for k, w := range c.Weights {
			z += w * (x[k] - m.Mean[k]) / m.Scale[k]
		}
		p := 1 / (1 + math.Exp(-z))
		if math.IsNaN(p) {
			p = 0
		}
		r.Scores[c.Kind] = p
		sum += p
	}
	kinds := make([]Kind, 0, len(r.Scores))
	for k := range r.Scores {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for _, k := range kinds {
		if sum > 0 {
			r.Scores[k] /= sum
		} else {
			r.Scores[k] = 1 / float64(len(kinds))
		}
		if r.Kind == "" || r.Scores[k] > r.Confidence {
			r.Kind, r.Confidence = k, r.Scores[k]
		}
	}
	return r
}

//go:embed model.json
var modelJSON []byte

var (
	modelOnce sync.Once
	model     *Model
	modelErr  error
)

// Embedded returns the fitted model embedded in the binary.
func Embedded() (*Model, error) {
	modelOnce.Do(func() {
		m := new(Model)
		if err := json.Unmarshal(modelJSON, m); err != nil {
			modelErr = fmt.Errorf("kind: embedded model.json: %v", err)
			return
		}
		if err := m.Check(); err != nil {
			modelErr = fmt.Errorf("kind: embedded model.json is stale, run go generate ./internal/kind: %v", err)
			return
		}
		model = m
	})
	return model, modelErr
}

// Detect tells the kind of a text. It never fails: a text too short to
// tell gets its best guess with a low confidence.
func Detect(text string) Result {
	m, err := Embedded()
	if err != nil {
		// A stale model is caught by the package tests; at run time fall
		// back to the most common kind rather than fail a summary.
		return Result{Kind: Readout, Confidence: 0, Scores: map[Kind]float64{}}
	}
	return m.Classify(Features(text))
}
