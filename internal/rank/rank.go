package rank

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
)

// Sentence is one unit to rank.
type Sentence struct {
	// Text is the sentence as it should appear in a summary.
	Text string
	// Paragraph is the 0-based index of the paragraph the sentence is in;
	// sentences of one paragraph share it. Input without paragraph
	// information may number every sentence separately or leave all at 0:
	// the features treat both as "no paragraph information".
	Paragraph int
	// Bullet reports that the sentence is a list item.
	Bullet bool
	// Section is the heading the sentence falls under ("" before the
	// first heading or without headings). Only the rankers of long
	// documents look at it: a change of Section starts a section.
	Section string
}

// Doc is what the rankers see.
type Doc struct {
	Title     string // may be empty
	Sentences []Sentence
}

// Ranker scores sentences; higher is more important. Implementations are
// deterministic and safe for concurrent use, and return exactly one finite
// score per sentence.
type Ranker interface {
	// Name is the name Lookup knows the ranker by.
	Name() string
	// Score returns one score per sentence of d.
	Score(d *Doc) []float64
}

// rankers maps names to constructors. The default model is parsed lazily
// so that a stale model.json cannot stop the trainer (which imports this
// package) from rebuilding it.
var rankers = map[string]func() (Ranker, error){
	"default":  defaultModel,
	"lead":     func() (Ranker, error) { return leadRanker{}, nil },
	"textrank": func() (Ranker, error) { return graphRanker{"textrank", (*analysis).textRank}, nil },
	"lexrank":  func() (Ranker, error) { return graphRanker{"lexrank", (*analysis).lexRank}, nil },
	"luhn":     func() (Ranker, error) { return graphRanker{"luhn", (*analysis).luhn}, nil },
	"sumbasic": func() (Ranker, error) { return graphRanker{"sumbasic", (*analysis).sumBasic}, nil },
	// The long-document rankers are looked up lazily like the default.
	"report": func() (Ranker, error) {
		m, err := reportModel()
		if err != nil {
			return nil, err
		}
		return summaryFirst{m.(*Model)}, nil
	},
	"transcript": func() (Ranker, error) {
		m, err := transcriptModel()
		if err != nil {
			return nil, err
		}
		return spoken{Ranker: m, name: "transcript", questionsLast: true}, nil
	},
	// Speeches are ranked as news is, but spoken: "Never." alone is no
	// summary sentence.
	"speech": func() (Ranker, error) {
		m, err := defaultModel()
		if err != nil {
			return nil, err
		}
		return spoken{Ranker: m, name: "speech"}, nil
	},
	"bill": func() (Ranker, error) { return billModel() },
}

// Names returns the names Lookup accepts, sorted, "default" first.
func Names() []string {
	names := make([]string, 0, len(rankers))
	for n := range rankers {
		if n != "default" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return append([]string{"default"}, names...)
}

// Lookup returns the ranker called name (see Names).
func Lookup(name string) (Ranker, error) {
	mk, ok := rankers[name]
	if !ok {
		return nil, fmt.Errorf("rank: unknown ranker %q (valid: %s)", name, strings.Join(Names(), ", "))
	}
	return mk()
}

// leadRanker prefers earlier sentences: the LEAD-k baseline.
type leadRanker struct{}

func (leadRanker) Name() string { return "lead" }

func (leadRanker) Score(d *Doc) []float64 {
	s := make([]float64, len(d.Sentences))
	for i := range s {
		s[i] = -float64(i)
	}
	return s
}

// graphRanker adapts one of the classical unsupervised scorers.
type graphRanker struct {
	name  string
	score func(a *analysis, out []float64)
}

func (g graphRanker) Name() string { return g.name }

func (g graphRanker) Score(d *Doc) []float64 {
	out := make([]float64, len(d.Sentences))
	if len(out) == 0 {
		return out
	}
	a := getAnalysis(d)
	g.score(a, out)
	putAnalysis(a)
	return out
}

// InTrainingHalf reports whether the document with this id belongs to the
// half of an evaluation set that the default model is fitted on: the FNV-1a
// 32-bit hash of the id is even. Scores reported on the other half are
// held out.
func InTrainingHalf(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%2 == 0
}

// ForKind returns the name of the ranker fitted for documents of a kind
// (the kinds of package internal/kind): "report" for reports, "bill" for
// bills and legal texts, "transcript" for transcripts and hearings, and
// "speech" (the news model, for speech) for speeches, and "default", fitted
// on news, for the rest (readouts, press releases, news), whose important
// sentences come first as in news.
func ForKind(kind string) string {
	switch kind {
	case "report", "bill", "transcript", "speech":
		return kind
	}
	return "default"
}
