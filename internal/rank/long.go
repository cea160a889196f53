package rank

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/vocab"
)

// longFeatureNames are the columns that the rankers of long documents
// ("report", "transcript") weigh after the columns of featureNames. The
// default model's position features count sentences from the top, which
// says little in a 300-sentence report or a 1,000-sentence meeting; these
// say where a sentence sits relative to the document and its section, who
// is speaking, and whether it is talk or content.
var longFeatureNames = []string{
	"logpos",       // log(1+index) / log(1+n): position on a scale that long documents share
	"firstdec",     // in the first tenth of the document
	"secstart",     // first sentence after a heading (0 without headings)
	"secpos",       // position within its section / sentences of the section (0 without headings)
	"secrel",       // section ordinal / sections (0 without headings)
	"secsummary",   // under a heading such as "Summary", "Key findings", "Conclusions", "Introduction"
	"turn",         // starts a speaker turn ("NAME:", "Q ")
	"speakershare", // share of the document's words spoken by its speaker (0 without turns)
	"parawords",    // log(1 + words of its paragraph or turn)
	"filler",       // share of hesitations, backchannels and transcript tags ("uh", "yeah", "{disfmarker}")
	"content",      // log(1 + content words)
	"decide",       // a decision or action word ("agreed", "decided", "will", "recommend", "next")
	"cited",        // names the text itself ("may be cited as", "this report", "this act")
	"sumbasicrank", // 1 - rank/n of SumBasic
	"luhnrank",     // 1 - rank/n of Luhn
	"amend",        // a form of "amend" or "require": what a bill does
}

// numLong is the row width of the long feature matrix.
var numLong = numFeatures + len(longFeatureNames)

// LongFeatureNames returns the names of the features of the long-document
// rankers: FeatureNames followed by the long-document columns.
func LongFeatureNames() []string {
	return append(FeatureNames(), longFeatureNames...)
}

// LongFeatures returns one row per sentence of d in the order of
// LongFeatureNames: the code the long-document rankers score with.
func LongFeatures(d *Doc) [][]float64 {
	a := getAnalysis(d)
	defer putAnalysis(a)
	flat := make([]float64, len(d.Sentences)*numLong)
	a.longFeatures(d, flat)
	rows := make([][]float64, len(d.Sentences))
	for i := range rows {
		rows[i] = flat[i*numLong : (i+1)*numLong : (i+1)*numLong]
	}
	return rows
}

// longWords are the word classes of the long features, in the form
// tokenize produces, and the headings of a report's own summary, read from
// the shared word lists on first use.
var longWords = sync.OnceValue(func() (w struct {
	filler, decide, amend map[string]bool
	summaryHeadings       []string
}) {
	secs := vocab.Sections("long-documents.txt")
	w.filler = vocab.Set(vocab.Words(secs["filler"]))
	w.decide = vocab.Set(vocab.Words(secs["decide"]))
	w.amend = vocab.Set(vocab.Words(secs["amend"]))
	w.summaryHeadings = secs["summary-headings"]
	return w
})

// longFeatures fills out (n × numLong, row-major) for the analysed doc.
func (a *analysis) longFeatures(d *Doc, out []float64) {
	n := a.n()
	if n == 0 {
		return
	}
	base := make([]float64, n*numFeatures)
	a.features(d, base)
	for s := 0; s < n; s++ {
		copy(out[s*numLong:], base[s*numFeatures:(s+1)*numFeatures])
	}

	// Per-term word classes.
	nv := len(a.stop)
	words := longWords()
	class := make([]uint8, nv)
	for id := 0; id < nv; id++ {
		w := a.vocab.word(int32(id))
		if words.filler[string(w)] {
			class[id] |= 1
		}
		if words.decide[string(w)] {
			class[id] |= 2
		}
		if words.amend[string(w)] {
			class[id] |= 4
		}
	}

	// Sections: runs of equal Section.
	secIndex := make([]int, n) // ordinal of the section
	secStart := make([]int, n) // first sentence of the section
	sections := 0
	hasSections := false
	for s := 0; s < n; s++ {
		if d.Sentences[s].Section != "" {
			hasSections = true
		}
		if s == 0 || d.Sentences[s].Section != d.Sentences[s-1].Section {
			if s > 0 {
				sections++
			}
			secStart[s] = s
		} else {
			secStart[s] = secStart[s-1]
		}
		secIndex[s] = sections
	}
	sections++
	secEnd := make([]int, n) // one past the last sentence of the section
	for s := n - 1; s >= 0; s-- {
		if s == n-1 || secStart[s+1] != secStart[s] {
			secEnd[s] = s + 1
		} else {
			secEnd[s] = secEnd[s+1]
		}
	}

	// Speakers: a turn label starts a turn; later sentences of its
	// paragraph inherit the speaker.
	speaker := make([]string, n)
	turns := 0
	spoken := map[string]int{}
	paraWords := map[int]int{}
	totalWords := 0
	for s := 0; s < n; s++ {
		st := d.Sentences[s]
		if k := kind.SpeakerLabel(st.Text); k > 0 {
			speaker[s] = strings.TrimSpace(st.Text[:k])
			turns++
		} else if s > 0 && st.Paragraph == d.Sentences[s-1].Paragraph {
			speaker[s] = speaker[s-1]
		}
		w := len(a.sentToks(s))
		spoken[speaker[s]] += w
		paraWords[st.Paragraph] += w
		totalWords += w
	}
	hasTurns := turns*10 >= n // a transcript, not a document quoting one

	sb := make([]float64, n)
	a.sumBasic(sb)
	sbRank := a.rankOf(sb)
	lu := make([]float64, n)
	a.luhn(lu)
	luRank := a.rankOf(lu)

	fn := float64(n)
	logN := math.Log1p(fn)
	for s := 0; s < n; s++ {
		row := out[s*numLong+numFeatures : (s+1)*numLong]
		clear(row)
		st := d.Sentences[s]
		row[0] = math.Log1p(float64(s)) / logN
		if float64(s) < 0.1*fn {
			row[1] = 1
		}
		if hasSections {
			if secStart[s] == s {
				row[2] = 1
			}
			row[3] = float64(s-secStart[s]) / float64(secEnd[s]-secStart[s])
			row[4] = float64(secIndex[s]) / float64(sections)
			h := strings.ToLower(st.Section)
			for _, k := range longWords().summaryHeadings {
				if strings.Contains(h, k) {
					row[5] = 1
					break
				}
			}
		}
		if kind.SpeakerLabel(st.Text) > 0 {
			row[6] = 1
		}
		if hasTurns && totalWords > 0 && speaker[s] != "" {
			row[7] = float64(spoken[speaker[s]]) / float64(totalWords)
		}
		row[8] = math.Log1p(float64(paraWords[st.Paragraph]))
		toks := a.sentToks(s)
		fill, content := 0, 0
		for _, t := range toks {
			c := class[t.id]
			if c&1 != 0 {
				fill++
			} else if !a.stop[t.id] {
				content++
			}
			if c&2 != 0 {
				row[11] = 1
			}
			if c&4 != 0 {
				row[15] = 1
			}
		}
		if len(toks) > 0 {
			row[9] = float64(fill) / float64(len(toks))
		}
		row[10] = math.Log1p(float64(content))
		if citesItself(st.Text) {
			row[12] = 1
		}
		row[13] = 1 - float64(sbRank[s])/fn
		row[14] = 1 - float64(luRank[s])/fn
	}
}

// citesItself reports whether a sentence names the text it is in: the
// short title of a bill, or a report's statement of its own scope.
func citesItself(text string) bool {
	l := strings.ToLower(text)
	return slices.ContainsFunc([]string{"may be cited as", "this report", "this act", "this bill", "this meeting"},
		func(k string) bool { return strings.Contains(l, k) })
}

// ownSummaryHeadings are headings under which a report summarises itself.
var ownSummaryHeadings = []string{"summary", "executive summary", "key findings", "main findings", "summary of findings",
	"what gao found", "abstract", "key points", "key takeaways", "bottom line", "highlights", "at a glance"}

// ownSummaryBoost is added to the score of a sentence of a report's own
// summary: more than any difference of log-odds between two sentences.
const ownSummaryBoost = 100

// summaryFirst is a ranker for reports: when a report has its own summary
// (a section headed "Summary", "Key findings", "What GAO found"… in its
// first third), the sentences of that section come first, in the model's
// order; the rest follow by the model. The authors' own summary is the
// best extract a report has.
type summaryFirst struct{ *Model }

func (r summaryFirst) Score(d *Doc) []float64 {
	s := r.Model.Score(d)
	n := len(d.Sentences)
	for i := 0; i < n; i++ {
		if !isOwnSummary(d.Sentences[i].Section) || (i > 0 && d.Sentences[i-1].Section == d.Sentences[i].Section) {
			continue
		}
		if float64(i) > float64(n)/3 {
			break
		}
		for j := i; j < n && d.Sentences[j].Section == d.Sentences[i].Section; j++ {
			s[j] += ownSummaryBoost
		}
		break // one summary: the first
	}
	return s
}

// isOwnSummary reports whether a heading names a report's own summary.
func isOwnSummary(heading string) bool {
	h := strings.ToLower(strings.Trim(heading, " .:#*"))
	return slices.Contains(ownSummaryHeadings, h)
}

// spoken is a ranker for what was said aloud (transcripts, speeches): a
// sentence of one word ("Never.", "Yeah .", "Thanks.") ranks below every
// longer one, and with questionsLast so does a question (a sentence ending
// in "?", or a questioner's "Q" turn): the questions of a meeting or a
// press briefing say what was asked; its summary says what was answered
// and decided.
type spoken struct {
	Ranker
	name          string
	questionsLast bool
}

func (r spoken) Name() string { return r.name }

func (r spoken) Score(d *Doc) []float64 {
	s := r.Ranker.Score(d)
	for i, st := range d.Sentences {
		if countWords(st.Text) < 2 || r.questionsLast && kind.IsQuestion(st.Text) {
			s[i] -= ownSummaryBoost
		}
	}
	return s
}
