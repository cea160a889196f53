package briefing

import (
	"slices"
	"sort"
	"strings"

	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/vocab"
)

// The sections a note has beyond the summary depend on the kind of
// document (summarize.Summary.Kind): a reader of a report wants its
// findings and recommendations, of a transcript its decisions, action
// items and speakers, of a speech what the speaker announced, of a news
// story its lead and key facts; a readout keeps its outcomes. The
// candidates of each section come from note-sections.txt; the ranker's
// scores choose among them, so the sections follow what the document
// stresses, and every item is still a sentence of the document.

// minFindingWords is the fewest words of a finding outside a findings
// section.
const minFindingWords = 10

// maxSectionItems bounds each kind's section, as Outcomes is bounded.
const maxSectionItems = 5

// Speaker is someone who speaks in a transcript.
type Speaker struct {
	Name   string `json:"name"`   // the speaker's label as written ("MS. JEAN-PIERRE", "Project Manager"), without the colon
	Detail string `json:"detail"` // what the label adds in parentheses (a member's name, riding and party), or ""
	Turns  int    `json:"turns"`  // turns the speaker takes
	Words  int    `json:"words"`  // words the speaker says
}

// Action is something a participant of a meeting undertook or was asked
// to do.
type Action struct {
	Text    string `json:"text"`    // the sentence, without its speaker label
	Owner   string `json:"owner"`   // who owes it: the speaker who says "I will…" or, for their side, "we will…"/"let's…"; "" when they ask someone else
	Speaker string `json:"speaker"` // who said it, or "" outside a speaker's turn
	Index   int    `json:"index"`   // index of the source sentence
}

// OutcomesHeading is the heading of the note's outcomes section for the
// document's kind, or "" when the note has none: a report's findings and
// a speech's announcements take its place (unless the classifier was
// unsure of the kind and the outcomes stayed, see sureKind), and a news
// story shows it only when it reports an outcome.
func (b *Brief) OutcomesHeading() string {
	switch kind.Kind(b.Kind) {
	case kind.Report, kind.Speech:
		if len(b.Outcomes) == 0 {
			return "" // their sections take the place of outcomes (sureKind)
		}
	case kind.Transcript:
		return "Decisions"
	case kind.News:
		if len(b.Outcomes) == 0 && b.Analysed {
			return "" // a story that reports none needs no empty section
		}
	}
	return "Key outcomes"
}

// BottomLineLabel is what the note calls its bottom line: a news story's
// is its lead.
func (b *Brief) BottomLineLabel() string {
	if kind.Kind(b.Kind) == kind.News {
		return "Lead"
	}
	return "Bottom line"
}

// turns gives each sentence its speaker (the last speaker label before it;
// "" before the first) and the byte length of the label it opens with.
type turns struct {
	speaker []string
	label   []int
}

func newTurns(a *analysis) *turns {
	n := len(a.d.Sentences)
	t := &turns{speaker: make([]string, n), label: make([]int, n)}
	// A label is a speaker's when the speaker speaks again, or the label
	// is written as speakers' are ("MR. DEESE:", "Hon. Mary Ng:", "The
	// Chair (Hon. …):"); "The second area: …" in a speech is a phrase.
	times := map[string]int{}
	names, details := make([]string, n), make([]string, n)
	for i, s := range a.d.Sentences {
		if k := kind.SpeakerLabel(s.Text); k > 0 {
			t.label[i] = k
			names[i], details[i] = splitLabel(s.Text[:k])
			times[strings.ToLower(names[i])]++
		}
	}
	cur := ""
	for i := range a.d.Sentences {
		switch name := names[i]; {
		case t.label[i] == 0:
		case times[strings.ToLower(name)] > 1 || details[i] != "" || name == strings.ToUpper(name) || startsWithHonorific(name):
			cur = name
		default:
			t.label[i] = 0 // a phrase before a colon, not a speaker
		}
		t.speaker[i] = cur
	}
	return t
}

// startsWithHonorific reports a name that opens with an honorific or a
// rank ("Hon.", "Mr.", "Senator").
func startsWithHonorific(name string) bool {
	toks := tokenize(name)
	n, _ := getLex().honorifics.match(toks, 0)
	return n > 0
}

// splitLabel parts a speaker label ("The Chair (Hon. Anthony Rota
// (Nipissing, Lib.)): ") into its name and what the parentheses add.
func splitLabel(label string) (name, detail string) {
	label = label[kind.Timestamp(label):] // "[00:01:23] Alice Chen:"
	label = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(label), ":"))
	name, rest, ok := strings.Cut(label, "(")
	name = strings.TrimSpace(name)
	if !ok {
		return name, ""
	}
	if j := strings.LastIndexByte(rest, ')'); j >= 0 {
		rest = rest[:j]
	}
	return name, strings.TrimSpace(rest)
}

// shaper builds the sections of one document's note.
type shaper struct {
	*analysis
	t      *turns
	scores []float64 // the ranker's, scaled to [0, 1]
	floor  float64   // the least score of a sentence a section may show
}

// DefaultSectionTopShare is the share of a document's sentences,
// best-ranked first, that its kind's sections choose from: the candidates
// of a section (a sentence that says "found that", one under "What GAO
// Found") are many, and those the ranker puts low are seldom what a
// reader of the document's own summary gets. Chosen on the training half
// of the long-document development sets with internal/cmd/sectioneval
// (1, 0.3, 0.2, 0.1, 0.05 tried): 0.3 raised the ROUGE-2 precision of
// every section against the human summaries and kept most of them.
const DefaultSectionTopShare = 0.3

// topShareFloor is the score of the sentence at the given share of the
// ranking (all of them for share 1).
func topShareFloor(scores []float64, share float64) float64 {
	if len(scores) == 0 || share >= 1 {
		return -1
	}
	sorted := append([]float64(nil), scores...)
	sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
	k := max(int(float64(len(sorted))*share+0.5), 1)
	return sorted[min(k, len(sorted))-1]
}

// content is sentence i without its speaker label.
func (a *shaper) content(i int) string {
	return strings.TrimSpace(a.d.Sentences[i].Text[a.t.label[i]:])
}

// cueText is the form note-sections.txt's expressions are matched
// against: lower case, without a speaker label, with typographic
// apostrophes and quotes made plain ("I’m" as "i'm").
func cueText(s string) string {
	if k := kind.SpeakerLabel(s); k > 0 {
		s = s[k:]
	}
	return plainQuotes.Replace(vocab.ToLower(strings.TrimSpace(s)))
}

var plainQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// isProse reports a sentence that can stand as an item of a note: a
// statement of at least six words ending as sentences end, which a
// heading, a figure caption or a row of a table does not.
func isProse(t string) bool {
	t = strings.TrimSpace(t)
	if vocab.CountWords(t) < 6 {
		return false
	}
	last := strings.TrimRight(t, `"”’')]`)
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "?") ||
		strings.HasSuffix(last, "…") || strings.HasSuffix(last, ";")
}

// isQuestionTurn reports a sentence of a questioner's turn ("Q …").
func (a *shaper) isQuestionTurn(i int) bool {
	return a.t.speaker[i] == "Q" || isQuestion(a.d.Sentences[i].Text)
}

// bestOf returns up to k of candidates, those with the highest key first,
// without near-duplicates, in document order.
func (a *shaper) bestOf(cands []int, key func(int) float64, k int) []int {
	sort.SliceStable(cands, func(x, y int) bool { return key(cands[x]) > key(cands[y]) })
	var out []int
	for _, i := range cands {
		if len(out) == k {
			break
		}
		dup := false
		for _, j := range out {
			if a.nearDuplicate(a.d.Sentences[i].Text, i, a.d.Sentences[j].Text, j) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}

// items turns sentence indices into items.
func (a *shaper) items(idx []int) []Item {
	out := []Item{}
	for _, i := range idx {
		out = append(out, Item{Text: trimItem(a.content(i)), Index: i})
	}
	return out
}

// newShaper readies the shaping of a's note: the speaker of each sentence,
// and the least score of a sentence that sections may show.
func newShaper(an *analysis, scores []float64, topShare float64) *shaper {
	return &shaper{analysis: an, t: newTurns(an), scores: scores, floor: topShareFloor(scores, topShare)}
}

// sureKind is the classifier's confidence from which a report's or a
// speech's sections replace its outcomes: the kind is at least as probable
// as all the others together. Under it the outcomes stay beside them: the
// classifier reads a central bank's rate statement as a report or a speech
// at 0.34 to 0.55 (eight statements of three banks in the annotated
// corpus, six of two banks under 0.5), and its decisions are the outcomes
// a reader wants.
const sureKind = 0.5

// shape fills the sections the document's kind calls for, and takes the
// outcomes away from the kinds whose sections replace them when it is sure
// of the kind (sureKind).
func (a *shaper) shape(b *Brief) {
	scores := a.scores
	k := kind.Kind(b.Kind)
	if k == kind.Transcript {
		b.Speakers = a.speakers()
	}
	if (k == kind.Transcript || k == kind.Report) && b.TitleInferred {
		// the opening words of a transcript are a turn's chatter ("Grad A:
		// Yeah, I think I got my mike on"), and the subject of a report's
		// first sentence ("States and localities") names no report
		b.Title, b.TitleInferred = "", false
	}
	if !b.Analysed {
		return // the cues are English
	}
	score := func(i int) float64 { return scores[i] }
	switch k {
	case kind.Report:
		b.Findings, b.Recommendations = a.findings(b, score)
	case kind.Speech:
		b.Announcements = a.items(a.bestOf(a.candidates(getNoteCues().announcement, false, nil), score, maxSectionItems))
	case kind.Transcript:
		b.Outcomes = a.decisions(b.Outcomes, score)
		b.NoOutcomes = len(b.Outcomes) == 0
		b.ActionItems = a.actions(score, b.Outcomes)
	case kind.Bill:
		if t := a.billTitle(); t != "" {
			b.Title, b.TitleInferred = t, false
		}
		b.Place = "" // "in Congress assembled" names no place of an event
	case kind.News:
		inSummary := map[int]bool{}
		for _, s := range b.Summary {
			inSummary[s.Index] = true
		}
		var cands []int
		for _, i := range a.candidates(getNoteCues().fact, false, inSummary) {
			if !isQuote(a.d.Sentences[i].Text) {
				cands = append(cands, i)
			}
		}
		b.KeyFacts = a.items(a.bestOf(cands, score, maxSectionItems-1))
	}
	if (k == kind.Report || k == kind.Speech) && b.KindConfidence >= sureKind {
		b.Outcomes, b.NoOutcomes = []Outcome{}, false // their sections take the outcomes' place
	}
}

// candidates lists the sentences that match one of ps and can stand as
// items, but those in skip; questions only when allowQuestions.
func (a *shaper) candidates(ps []notePattern, allowQuestions bool, skip map[int]bool) []int {
	var out []int
	for i, s := range a.d.Sentences {
		if a.scores[i] < a.floor || skip[i] || a.t.speaker[i] == "Q" || !isProse(a.content(i)) {
			continue
		}
		if !allowQuestions && isQuestion(s.Text) {
			continue
		}
		if matchesAny(ps, cueText(s.Text)) {
			out = append(out, i)
		}
	}
	return out
}

// findings picks a report's findings and recommendations. A sentence under
// a heading of findings ("What GAO Found", "Key findings") or of
// recommendations comes before one that only says "found that" or
// "recommends" elsewhere; among those the ranker's score decides.
// Findings leave out the summary's sentences, which the note shows
// already.
func (a *shaper) findings(b *Brief, score func(int) float64) (findings, recs []Item) {
	c := getNoteCues()
	inSummary := map[int]bool{}
	for _, s := range b.Summary {
		inSummary[s.Index] = true
	}
	var fc, rc []int
	fkey := map[int]float64{}
	rkey := map[int]float64{}
	for i, s := range a.d.Sentences {
		t := s.Text
		if !isProse(t) || isQuestion(t) || isQuote(t) || score(i) < a.floor {
			continue
		}
		lower := cueText(t)
		recSection := underHeading(s.Section, c.recommendationHeadings)
		if recSection || matchesAny(c.recommendation, lower) {
			rc = append(rc, i)
			rkey[i] = score(i)
			if recSection {
				rkey[i]++
			}
			continue
		}
		if inSummary[i] {
			continue
		}
		// outside a findings section a finding is a full statement: a
		// table's cell ("Generally, 60% of costs.") carries a figure too
		findSection := underHeading(s.Section, c.findingHeadings)
		if findSection || vocab.NumFields(t) >= minFindingWords && matchesAny(c.finding, lower) {
			fc = append(fc, i)
			fkey[i] = score(i)
			if findSection {
				fkey[i]++
			}
		}
	}
	findings = a.items(a.bestOf(fc, func(i int) float64 { return fkey[i] }, maxSectionItems))
	recs = a.items(a.bestOf(rc, func(i int) float64 { return rkey[i] }, maxSectionItems))
	return findings, recs
}

// decisions are a transcript's outcomes: what the meeting decided or
// agreed, best first, then the outcomes the model found that are not
// questions.
func (a *shaper) decisions(model []Outcome, score func(int) float64) []Outcome {
	out := []Outcome{}
	seen := map[int]bool{}
	// what a meeting decided, and what its speakers announce there ("today
	// I'm announcing a $37 million grant")
	c := getNoteCues()
	picked := a.bestOf(a.candidates(append(c.decision[:len(c.decision):len(c.decision)], c.announcement...), false, nil), score, maxSectionItems)
	sort.SliceStable(picked, func(x, y int) bool { return score(picked[x]) > score(picked[y]) })
	for _, i := range picked {
		lower := cueText(a.d.Sentences[i].Text)
		k := "decision"
		switch {
		case strings.Contains(lower, "agree"):
			k = "agreement"
		case !matchesAny(c.decision, lower):
			k = "announcement"
		}
		out = append(out, Outcome{Text: trimItem(a.content(i)), Kind: k, Index: i, Score: round3(score(i))})
		seen[i] = true
	}
	for _, o := range model {
		if len(out) == maxSectionItems {
			break
		}
		if !seen[o.Index] && !a.isQuestionTurn(o.Index) {
			out = append(out, o)
		}
	}
	return out
}

// actions picks a transcript's action items and who owes them.
func (a *shaper) actions(score func(int) float64, decisions []Outcome) []Action {
	t := a.t
	out := []Action{}
	cands := slices.DeleteFunc(a.candidates(getNoteCues().action, true, nil), func(i int) bool {
		return slices.ContainsFunc(decisions, func(o Outcome) bool { return o.Index == i })
	})
	for _, i := range a.bestOf(cands, score, maxSectionItems) {
		text := a.content(i)
		out = append(out, Action{Text: trimItem(text), Owner: owner(cueText(text), t.speaker[i]), Speaker: t.speaker[i], Index: i})
	}
	return out
}

// owner says who owes an action from its words: the speaker when they
// say "I", or "we" or "let's" for their side (a team, a government), and
// nobody the text names when they ask someone else ("could you send…").
func owner(lower, speaker string) string {
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == ',' }) {
		switch w {
		case "i", "i'll", "i'm", "i've", "i'd", "me", "we", "we'll", "we're", "we've", "let's", "us":
			return speaker
		case "you":
			return ""
		}
	}
	return ""
}

// speakers lists who speaks in a transcript, most words first; a
// questioner's "Q" is not a speaker.
func (a *shaper) speakers() []Speaker {
	t := a.t
	byName := map[string]*Speaker{}
	var order []*Speaker
	for i, s := range a.d.Sentences {
		name := t.speaker[i]
		if name == "" || name == "Q" {
			continue
		}
		key := strings.ToLower(name)
		sp := byName[key]
		if sp == nil {
			sp = &Speaker{Name: name}
			byName[key] = sp
			order = append(order, sp)
		}
		if t.label[i] > 0 {
			sp.Turns++
			if _, detail := splitLabel(s.Text[:t.label[i]]); detail != "" && sp.Detail == "" {
				sp.Detail = detail
			}
		}
		sp.Words += vocab.NumFields(s.Text[t.label[i]:])
	}
	out := []Speaker{}
	for _, sp := range order {
		out = append(out, *sp)
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].Words > out[y].Words })
	return out
}

// bottomLine is the note's bottom line for the document's kind: a
// report's best-ranked statement (its own summary ranks first), a
// transcript's first decision or else its best-ranked statement that is
// not a question, a speech's best announcement; readouts and news keep
// bluf's event sentence or lead. A heading, caption, table row or
// question is never the bottom line while a statement exists.
func (a *shaper) bottomLine(b *Brief) *Item {
	an, scores := a.analysis, a.scores
	// best is the best-ranked statement, or bluf's pick when the document
	// has none (a list of headings, a page of questions)
	best := func() *Item {
		i := -1
		for j := range scores {
			if isProse(a.content(j)) && !a.isQuestionTurn(j) && standsAlone(a.d.Sentences[j].Text) && (i < 0 || scores[j] > scores[i]) {
				i = j
			}
		}
		if i < 0 {
			return an.bluf(b.Outcomes, scores)
		}
		return &Item{Text: trimItem(a.content(i)), Index: i}
	}
	switch kind.Kind(b.Kind) {
	case kind.Report:
		return best()
	case kind.Transcript:
		if len(b.Outcomes) > 0 {
			return &Item{Text: b.Outcomes[0].Text, Index: b.Outcomes[0].Index}
		}
		return best()
	case kind.Speech:
		var it *Item
		for _, x := range b.Announcements {
			if it == nil || scores[x.Index] > scores[it.Index] {
				it = &Item{Text: x.Text, Index: x.Index}
			}
		}
		if it == nil {
			return best()
		}
		return it
	}
	if kind.Kind(b.Kind) == kind.News {
		// the lead: a story's first statement says what happened
		for i := 0; i < min(3, len(an.d.Sentences)); i++ {
			t := an.d.Sentences[i].Text
			if isProse(t) && !a.isQuestionTurn(i) && !isQuote(t) {
				return &Item{Text: trimItem(t), Index: i}
			}
		}
	}
	it := an.bluf(b.Outcomes, scores)
	if it != nil && !isProse(it.Text) && !isProse(a.d.Title) {
		// a heading, caption or table row picked for want of an event
		// sentence: the best-ranked statement says more
		return best()
	}
	return it
}

// citedAs finds the names a bill gives itself: "This Act may be cited as
// the “Autism Collaboration … Act of 2019” or the “Autism CARES Act of
// 2019”".
var citedAs = lazyre.New(`may be cited as (?:the )?[“"]([^”"]{3,200})[”"](?:,? or (?:the )?[“"]([^”"]{3,200})[”"])?`)

// billTitle is a bill's title: the short one its first section gives (the
// last, shortest name), else its official title ("To amend the Public
// Health Service Act …") when one of its first sentences is one, else "".
// The first lines of a bill are its congress, session and number ("116th
// CONGRESS"), no title.
func (a *shaper) billTitle() string {
	for i, s := range a.d.Sentences {
		if i > 20 {
			break
		}
		if m := citedAs.FindStringSubmatch(s.Text); m != nil {
			if m[2] != "" {
				return m[2]
			}
			return m[1]
		}
	}
	for i, s := range a.d.Sentences {
		if i > 2 {
			break
		}
		if strings.HasPrefix(s.Text, "To ") || strings.HasPrefix(s.Text, "A bill to ") {
			return strings.TrimSuffix(s.Text, ".")
		}
	}
	return ""
}
