package summarize

import (
	"fmt"
	"math"
	"strings"

	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/rank"
)

// Options sets the size of a summary and how sentences are ranked. The zero
// value gives a summary of a sensible length from the ranker fitted for the
// document's kind. At most one of Sentences, Ratio and Words is normally
// set; when several are, the smallest budget wins.
type Options struct {
	Sentences int     // at most this many sentences
	Ratio     float64 // at most this share of the sentences (0 < Ratio ≤ 1), rounded up
	Words     int     // whole sentences within this many words (at least one sentence)
	Algorithm string  // ranker name (see Algorithms); "" and "auto" choose by the document's kind (Document.Kind)
	// Kind overrides the detected kind for Auto ("report", "transcript"…,
	// see kind.Kinds); "" detects it.
	Kind string
}

// Algorithms lists the names Options.Algorithm accepts.
func Algorithms() []string { return append(rank.Names(), Auto) }

// Kinds lists the kinds Options.Kind accepts.
func Kinds() []string {
	out := make([]string, len(kind.Kinds))
	for i, k := range kind.Kinds {
		out[i] = string(k)
	}
	return out
}

// Auto is the algorithm that chooses the ranker fitted for the document's
// kind: reports, bills and transcripts get their own, the rest the default.
const Auto = "auto"

// Kind tells what kind of document d is (readout, news, report, transcript,
// speech, bill), from its text; a document built by FromSentences is judged
// on its sentences, a blank line between paragraphs.
func (d *Document) Kind() kind.Result {
	if d.text != "" {
		return kind.Detect(d.text)
	}
	var b strings.Builder
	for i, s := range d.Sentences {
		if i > 0 {
			if s.Paragraph != d.Sentences[i-1].Paragraph {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.Text)
		if b.Len() > kind.MaxBytes {
			break
		}
	}
	return kind.Detect(b.String())
}

// rankerFor resolves an algorithm name to a ranker: "" and Auto are the
// ranker of the document's kind (reports, bills and transcripts get their
// own, news and releases the default), given by opt.Kind or detected;
// the kind and its confidence are returned ("" when the algorithm was
// named). This is the one place the kind chooses the ranking.
func rankerFor(d *Document, opt Options) (rank.Ranker, string, float64, error) {
	name := opt.Algorithm
	var k string
	var conf float64
	if name == "" || name == Auto {
		if opt.Kind != "" {
			if _, err := kind.Parse(opt.Kind); err != nil {
				return nil, "", 0, err
			}
			k, conf = opt.Kind, 1
		} else {
			r := d.Kind()
			k, conf = string(r.Kind), r.Confidence
		}
		name = rank.ForKind(k)
	}
	r, err := rank.Lookup(name)
	return r, k, conf, err
}

// Pick is one sentence chosen for a summary.
type Pick struct {
	Sentence
	Score float64 `json:"score"` // the ranker's score; higher is more important
	Rank  int     `json:"rank"`  // 1 for the most important pick
}

// Summary is the outcome of summarising a document.
type Summary struct {
	Algorithm string // ranker that chose the picks
	// Kind is the kind of document the ranker was chosen for (readout,
	// news, report, transcript, speech, bill), given by Options.Kind or
	// detected from the text, and KindConfidence the classifier's
	// probability for it (1 when given); "" and 0 when Options named the
	// ranker.
	Kind           string
	KindConfidence float64
	Picks          []Pick // chosen sentences in document order
	// Scores holds the ranker's score of every sentence of the document,
	// picked or not, by sentence index: what briefing weighs its other
	// sections by.
	Scores []float64
}

// Texts returns the sentences of the summary, in document order.
func (s *Summary) Texts() []string {
	out := make([]string, len(s.Picks))
	for i, p := range s.Picks {
		out[i] = p.Text
	}
	return out
}

// DefaultSentences is the summary length when Options sets no budget: a
// fifth of the document, at least 3 and at most 7 sentences.
func DefaultSentences(n int) int {
	return min(max(3, int(math.Round(float64(n)/5))), 7)
}

// Extract picks the most important sentences of d: the one ranking path of
// brief, behind both "brief summarize" and the summary of a note.
func Extract(d *Document, opt Options) (*Summary, error) {
	ranker, k, conf, err := rankerFor(d, opt)
	if err != nil {
		return nil, err
	}
	if opt.Ratio < 0 || opt.Ratio > 1 || math.IsNaN(opt.Ratio) {
		return nil, fmt.Errorf("ratio %v is not between 0 and 1", opt.Ratio)
	}
	if opt.Sentences < 0 || opt.Words < 0 {
		return nil, fmt.Errorf("negative summary length")
	}
	rd := d.rankDoc()
	budget := budgetFor(len(d.Sentences), opt)
	picks, scores := rank.Choose(rd, ranker, budget)
	s := &Summary{Algorithm: ranker.Name(), Kind: k, KindConfidence: conf, Picks: make([]Pick, len(picks)), Scores: scores}
	for i, p := range picks {
		s.Picks[i] = Pick{Sentence: d.Sentences[p.Index], Score: p.Score, Rank: p.Rank}
	}
	return s, nil
}

// budgetFor turns Options into a rank.Budget for a document of n sentences.
func budgetFor(n int, opt Options) rank.Budget {
	b := rank.Budget{Sentences: opt.Sentences, Words: opt.Words}
	if opt.Ratio > 0 {
		r := max(1, int(math.Ceil(opt.Ratio*float64(n))))
		if b.Sentences == 0 || r < b.Sentences {
			b.Sentences = r
		}
	}
	if b.Sentences == 0 && b.Words == 0 {
		b.Sentences = DefaultSentences(n)
	}
	return b
}

// rankDoc is the ranker's view of the document.
func (d *Document) rankDoc() *rank.Doc {
	rd := &rank.Doc{Title: d.Title, Sentences: make([]rank.Sentence, len(d.Sentences))}
	if d.TitleInferred {
		rd.Title = "" // it is a copy of the first sentence: no extra signal
	}
	for i, s := range d.Sentences {
		rd.Sentences[i] = rank.Sentence{Text: s.Text, Paragraph: s.Paragraph, Bullet: s.Bullet, Section: s.Section}
	}
	return rd
}
