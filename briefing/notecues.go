package briefing

import (
	"slices"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// notePattern is one expression of note-sections.txt with the example it
// must match and the near miss it must not.
type notePattern struct {
	re          *filteredRE // pre-tested for the literals every match holds
	plus, minus string
}

// noteCues are the candidates of the sections a note has for each kind of
// document, read from internal/vocab/lists/note-sections.txt.
type noteCues struct {
	findingHeadings, recommendationHeadings []string
	finding, recommendation                 []notePattern
	decision, action, announcement, fact    []notePattern
	needsContext, selfReference             []notePattern
}

var getNoteCues = sync.OnceValue(func() *noteCues {
	secs := vocab.Sections("note-sections.txt")
	ex := vocab.Examples("note-sections.txt")
	return &noteCues{
		findingHeadings:        secs["finding-headings"],
		recommendationHeadings: secs["recommendation-headings"],
		finding:                notePatterns(ex["finding"]),
		recommendation:         notePatterns(ex["recommendation"]),
		decision:               notePatterns(ex["decision"]),
		action:                 notePatterns(ex["action"]),
		announcement:           notePatterns(ex["announcement"]),
		fact:                   notePatterns(ex["fact"]),
		needsContext:           notePatterns(ex["needs-context"]),
		selfReference:          notePatterns(ex["self-reference"]),
	}
})

// notePatterns reads a section of expressions, each with its "+" example
// and "-" near miss. An expression is compiled when first run, as
// filteredRE's are: a run of news notes never asks for a report's findings
// or recommendations, and compiling the 87 expressions of the file was
// most of the time the cues took to load.
func notePatterns(ents []vocab.Entry) []notePattern {
	out := make([]notePattern, len(ents))
	for i, e := range ents {
		out[i] = notePattern{re: mustFiltered(e.Text)}
		if len(e.Match) > 0 {
			out[i].plus = e.Match[0]
		}
		if len(e.Miss) > 0 {
			out[i].minus = e.Miss[0]
		}
	}
	return out
}

// matchesAny reports whether the lower-cased text matches one of ps.
func matchesAny(ps []notePattern, lower string) bool {
	return slices.ContainsFunc(ps, func(p notePattern) bool { return p.re.MatchString(lower) })
}

// underHeading reports whether a section heading starts with one of
// prefixes (lower case).
func underHeading(section string, prefixes []string) bool {
	if section == "" {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(section))
	h = strings.TrimLeft(h, "0123456789.ivx ") // "2. Findings", "IV. Recommendations"
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(h, p) })
}

// standsAlone reports a sentence that can be read without the one before
// it: it opens neither with a word that points back ("This", "They",
// "However") nor with a phrase that does ("One of those", "As a result"),
// unless the text names itself ("This Act may be cited as …").
func standsAlone(text string) bool {
	c, lower := getNoteCues(), cueText(text)
	return !matchesAny(c.needsContext, lower) || matchesAny(c.selfReference, lower)
}
