package briefing

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/lang"
	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/summarize"
)

// Schema is the version of the JSON form of a Brief.
const Schema = 1

// Options changes what New puts in a brief. The zero value means defaults.
type Options struct {
	Source string // where the document came from (a file name); copied to Brief.Source
	// OutcomeModel picks the outcomes in place of the built-in one
	// (outcome_model.json): for the trainer's held-out evaluation. nil
	// means the built-in model.
	OutcomeModel *OutcomeModel
	// SectionTopShare is the share of sentences, best-ranked first, that
	// the sections of a kind's note (findings, decisions…) choose from;
	// 0 means DefaultSectionTopShare.
	SectionTopShare float64
}

// Brief is a one-page briefing note drawn from a document. Every text in it
// is taken from the document, and every item carries the index of the
// sentence it came from (Document.Sentences[Index]).
type Brief struct {
	Schema int    `json:"schema"` // version of this structure; Schema
	Title  string `json:"title"`  // the document's title, or "" if it has none
	// TitleInferred is true when the document had no title line and Title
	// is the start of its first sentence.
	TitleInferred bool    `json:"title_inferred"`
	Date          ISODate `json:"date"`   // date of the document as ISO 8601 (2024-11-28); null in JSON when unknown
	Place         string  `json:"place"`  // where the event took place, as written ("Moscow"), or ""
	Issuer        string  `json:"issuer"` // who issued the document, when the text says so, or ""
	Source        string  `json:"source"` // Options.Source
	// BLUF (bottom line up front) is the one sentence that says what
	// happened; nil only for a document without sentences.
	BLUF *Item `json:"bluf"`
	// Summary holds the sentences the summariser picked, in document
	// order: exactly the summary.Summary New was given.
	Summary []Scored `json:"summary"`
	// Outcomes are what was decided, agreed, signed, committed to,
	// reaffirmed or set as a next step, best first; at most five, or the
	// outcome model's MorePicks.Max when it lets a document list more.
	Outcomes []Outcome `json:"outcomes"`
	// NoOutcomes is true when the document records no outcome (a
	// condolence statement, a news story); Outcomes is then empty.
	NoOutcomes bool `json:"no_outcomes"`
	// Kind is the kind of document (readout, news, report, transcript,
	// speech, bill) its summary was ranked for, and KindConfidence how sure
	// the classifier was (1 when the user gave the kind); "" and 0 when a
	// ranker was named instead.
	Kind           string  `json:"document_kind"`
	KindConfidence float64 `json:"document_kind_confidence"`
	// Language is the document's language as an ISO 639-1 code ("en",
	// "hi"), or "" when it could not be told.
	Language string `json:"language"`
	// Analysed is false when parties, outcomes and next steps were not
	// looked for, because the analysis does not read the document's
	// language: then they are empty, and NoOutcomes is false, since
	// nothing is known of them.
	Analysed   bool    `json:"analysed"`
	Parties    Parties `json:"parties"`    // who took part or is named
	Background []Item  `json:"background"` // one to three ranked sentences of context that are not outcomes
	NextSteps  []Item  `json:"next_steps"` // follow-up meetings, deadlines and other next steps, in document order
	// The sections of the note of each kind of document (kinds.go), each
	// in document order and empty for the other kinds. A report's
	// findings and recommendations and a speech's announcements take the
	// place of Outcomes, which is then empty (and NoOutcomes false) when
	// the classifier is sure of the kind (KindConfidence at least 0.5); a
	// transcript's Outcomes are its decisions.
	Findings        []Item    `json:"findings"`        // a report's findings that the summary does not already give
	Recommendations []Item    `json:"recommendations"` // a report's recommendations, or what it asks its readers to consider
	Announcements   []Item    `json:"announcements"`   // what a speech's speaker announces or commits to
	ActionItems     []Action  `json:"action_items"`    // what a meeting's participants undertook or were asked to do
	Speakers        []Speaker `json:"speakers"`        // who speaks in a transcript, most words first
	KeyFacts        []Item    `json:"key_facts"`       // a news story's facts with figures, dates and names that the summary does not give
	Stats           Stats     `json:"stats"`           // size of the source document
}

// Stats describes the source document.
type Stats struct {
	Sentences int `json:"sentences"` // number of sentences
	Words     int `json:"words"`     // number of words
}

// ISODate is a date in ISO 8601 form, or "" when unknown. It marshals "" as
// JSON null.
type ISODate string

// MarshalJSON writes null for an unknown date.
func (d ISODate) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads a date string or null.
func (d *ISODate) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = ISODate(s)
	return nil
}

// Item is a sentence of the document, possibly lightly trimmed.
type Item struct {
	Text  string `json:"text"`  // the sentence, with a leading discourse marker or list number removed
	Index int    `json:"index"` // index of the source sentence
}

// Scored is a sentence picked by the summariser.
type Scored struct {
	Text  string  `json:"text"`  // the sentence as in the document
	Index int     `json:"index"` // index of the source sentence
	Score float64 `json:"score"` // the ranker's score scaled to [0, 1] over the document; higher is more important
	Rank  int     `json:"rank"`  // the sentence's rank among all the document's sentences, 1 for the best
}

// Outcome is a sentence that states a result of the meeting or document.
type Outcome struct {
	Text  string  `json:"text"`  // the sentence, lightly trimmed
	Kind  string  `json:"kind"`  // signed, decision, agreement, commitment, reaffirmation, joint_position, next_step, result, announcement (a transcript's), discussion or statement
	Index int     `json:"index"` // index of the source sentence
	Score float64 `json:"score"` // strength of the outcome; higher is firmer
}

// Parties lists who is named in the document.
type Parties struct {
	Persons       []Person       `json:"persons"`       // people, in order of first mention
	Organisations []Organisation `json:"organisations"` // bodies, in order of first mention
	Countries     []Country      `json:"countries"`     // states, in order of first mention
}

// Person is a named individual.
type Person struct {
	Name     string   `json:"name"`     // name as written, without honorifics or ranks ("JP Mathew")
	Title    string   `json:"title"`    // honorifics and ranks before the name ("Lieutenant General", "Dr."), or ""
	Role     string   `json:"role"`     // office as stated ("Chief of Integrated Defence Staff"), or ""
	Country  string   `json:"country"`  // country or body the person represents, or ""
	Mentions []string `json:"mentions"` // distinct forms the text uses for the person
	Indices  []int    `json:"indices"`  // sentences that mention the person; empty if only the title or a heading does
}

// Organisation is a named body.
type Organisation struct {
	Name    string   `json:"name"`    // full name as written
	Aliases []string `json:"aliases"` // acronyms and other forms used in the text
	Indices []int    `json:"indices"` // sentences that mention the body
}

// Country is a sovereign state (or a former one) named in the document.
type Country struct {
	Name     string   `json:"name"`     // canonical short name ("United States", "South Korea")
	Mentions []string `json:"mentions"` // distinct forms the text uses ("U.S.", "American")
	Indices  []int    `json:"indices"`  // sentences that mention the country
}

// Prepare loads the lists and models that New reads, several at once, and
// returns when they are loaded. New loads each on first use, one after
// the other, on the path of the first document; a program about to brief
// many documents on several goroutines may call Prepare on a goroutine of
// its own as it starts, so that they load in parallel while its first
// documents are read. Calling it is never needed.
func Prepare() {
	var wg sync.WaitGroup
	for _, load := range []func(){
		func() { getLex() },
		func() { getOutcomeCues() },
		func() { getGazetteer() },
		func() { getListedOrgs() },
		func() { builtinOutcomeModel() },
		func() { builtinNameModel() },
		func() { getNoteCues() },
		func() { verbForms() },
	} {
		wg.Go(load)
	}
	wg.Wait()
}

// New builds the brief of a document from its summary (summarize.Extract
// of d): the summary is the brief's Summary, and its scores of every
// sentence weigh the bottom line, the outcomes and the background. It is
// pure and deterministic, and accepts any document summarize.Parse returns
// (and nil); a nil summary leaves Summary empty and weighs every sentence
// alike.
func New(d *summarize.Document, sum *summarize.Summary, opt Options) *Brief {
	b := &Brief{
		Schema:     Schema,
		Source:     opt.Source,
		Summary:    []Scored{},
		Outcomes:   []Outcome{},
		Background: []Item{},
		NextSteps:  []Item{},
		Findings:   []Item{}, Recommendations: []Item{}, Announcements: []Item{},
		ActionItems: []Action{}, Speakers: []Speaker{}, KeyFacts: []Item{},
		Parties: Parties{Persons: []Person{}, Organisations: []Organisation{}, Countries: []Country{}},
	}
	if d == nil {
		return b
	}
	b.Title = d.Title
	b.TitleInferred = d.TitleInferred
	b.Date = ISODate(d.Date)
	b.Stats = Stats{Sentences: len(d.Sentences), Words: d.Words}

	b.Language = documentLanguage(d)
	b.Analysed = b.Language == "" || lang.Analysed(b.Language)
	a := analyse(d)
	defer a.arena.release() // the brief holds no passage
	scores := scaledScores(d, sum)
	b.Summary = summaryItems(d, sum, scores)
	if sum != nil {
		b.Kind, b.KindConfidence = sum.Kind, round3(sum.KindConfidence)
	}
	if b.Analysed {
		b.Parties = a.parties()
		m := opt.OutcomeModel
		if m == nil {
			m, _ = builtinOutcomeModel() // a stale model fails TestOutcomeModelFresh
		}
		if m != nil {
			b.Outcomes, b.NoOutcomes = a.outcomesByModel(m, scores)
		}
		b.NextSteps = a.nextSteps(b.Outcomes)
	}
	b.Place = a.place()
	b.Issuer = a.issuer()
	share := opt.SectionTopShare
	if share <= 0 {
		share = DefaultSectionTopShare
	}
	sh := newShaper(a, scores, share)
	sh.shape(b)
	b.BLUF = sh.bottomLine(b)
	b.KeyFacts = slices.DeleteFunc(b.KeyFacts, func(it Item) bool { return b.BLUF != nil && it.Index == b.BLUF.Index })
	b.Background = a.background(b, scores)
	b.capQuotes()
	return b
}

// MaxQuote bounds the characters of any one text a brief quotes: a
// sentence of a document without full stops can be megabytes long, and a
// one-page note must stay one. A longer text ends in an ellipsis; its
// Index still names the whole sentence.
const MaxQuote = 1500

// capQuotes shortens every quoted text to MaxQuote characters.
func (b *Brief) capQuotes() {
	b.Title = capQuote(b.Title)
	if b.BLUF != nil {
		b.BLUF.Text = capQuote(b.BLUF.Text)
	}
	for i := range b.Summary {
		b.Summary[i].Text = capQuote(b.Summary[i].Text)
	}
	for i := range b.Outcomes {
		b.Outcomes[i].Text = capQuote(b.Outcomes[i].Text)
	}
	for _, items := range [][]Item{b.Background, b.NextSteps, b.Findings, b.Recommendations, b.Announcements, b.KeyFacts} {
		for i := range items {
			items[i].Text = capQuote(items[i].Text)
		}
	}
	for i := range b.ActionItems {
		b.ActionItems[i].Text = capQuote(b.ActionItems[i].Text)
	}
}

// capQuote cuts s to MaxQuote characters, with "…".
func capQuote(s string) string { return vocab.Shorten(s, MaxQuote) }

// documentLanguage detects the language of d's sentences, or "" when the
// evidence is weak: a Latin-script language other than English told from a
// few dozen words may be English full of names ("von der Leyen", "Le
// Drian"), and then the analysis is better tried than skipped.
func documentLanguage(d *summarize.Document) string {
	var text strings.Builder
	size := 0 // the sample's, so that it is made in one allocation
	for _, s := range d.Sentences {
		if size >= languageSample {
			break
		}
		size += len(s.Text) + 1
	}
	text.Grow(size)
	for _, s := range d.Sentences {
		if text.Len() >= languageSample {
			break
		}
		text.WriteString(s.Text)
		text.WriteByte('\n')
	}
	code, conf := lang.Detect(text.String())
	if code != "en" && lang.LatinScript(code) && (d.Words < minLanguageWords || conf < 0.5) {
		return ""
	}
	return code
}

// languageSample is how much of a document's text tells its language:
// the opening settles it, and the cost stays small on every note.
const languageSample = 16 << 10

// minLanguageWords is how many words a document needs for a Latin-script
// language other than English to count.
const minLanguageWords = 60

// scaledScores scales the summary's score of every sentence of d to [0, 1]
// (min-max). A missing or non-finite score is 0, and so is every score of a
// document whose sentences all score alike.
func scaledScores(d *summarize.Document, sum *summarize.Summary) []float64 {
	scores := make([]float64, len(d.Sentences))
	if sum == nil || len(sum.Scores) != len(scores) {
		return scores
	}
	lo, hi, seen := 0.0, 0.0, false
	for _, x := range sum.Scores {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		if !seen || x < lo {
			lo = x
		}
		if !seen || x > hi {
			hi = x
		}
		seen = true
	}
	if hi <= lo {
		return scores
	}
	for i, x := range sum.Scores {
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			scores[i] = (x - lo) / (hi - lo)
		}
	}
	return scores
}

// summaryItems is the summary's picks as the brief shows them, in
// document order.
func summaryItems(d *summarize.Document, sum *summarize.Summary, scores []float64) []Scored {
	out := []Scored{}
	if sum == nil {
		return out
	}
	for _, p := range sum.Picks {
		if p.Index < 0 || p.Index >= len(d.Sentences) {
			continue
		}
		out = append(out, Scored{Text: d.Sentences[p.Index].Text, Index: p.Index, Score: round3(scores[p.Index]), Rank: p.Rank})
	}
	return out
}

func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}

// trimItem removes a leading list number ("06 ", "1. ") and a discourse
// marker ("Additionally, ", "Furthermore, ") from a sentence.
func trimItem(s string) string {
	t := s
	for i := 0; i < 2; i++ {
		j := 0
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j > 0 && j <= 2 && j < len(t) && (t[j] == ' ' || t[j] == '.' || t[j] == ')') {
			k := j
			for k < len(t) && (t[k] == '.' || t[k] == ')' || t[k] == ' ') {
				k++
			}
			if k < len(t) && t[k] >= 'A' && t[k] <= 'Z' {
				t = t[k:]
			}
		}
		for _, m := range getLex().discourseMarkers {
			if strings.HasPrefix(t, m) && len(t) > len(m)+1 {
				rest := strings.TrimLeft(t[len(m):], " ,")
				if rest != "" {
					t = strings.ToUpper(rest[:1]) + rest[1:]
				}
				break
			}
		}
		t = strings.TrimLeft(t, "•-–—>* ")
	}
	if t == "" {
		return s // "*", "- -": nothing is left to trim down to
	}
	return t
}
