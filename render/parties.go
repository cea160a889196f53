package render

import (
	"slices"
	"sort"
	"strings"

	"github.com/brief-dev/brief/briefing"
)

// maxListed is how many people, and how many organisations, a note lists:
// a long report names dozens, and a one-page note that lists them all has
// no room left for what they did. The JSON keeps every one.
const maxListed = 8

// keyPersons returns the people a note lists — the maxListed mentioned in
// the most sentences, in the brief's order — and how many more it names.
func keyPersons(p briefing.Parties) ([]briefing.Person, int) {
	keep := mostMentioned(len(p.Persons), func(i int) int { return len(p.Persons[i].Indices) })
	out := make([]briefing.Person, len(keep))
	for i, k := range keep {
		out[i] = p.Persons[k]
	}
	return out, len(p.Persons) - len(out)
}

// keyOrganisations is keyPersons for organisations.
func keyOrganisations(p briefing.Parties) ([]briefing.Organisation, int) {
	keep := mostMentioned(len(p.Organisations), func(i int) int { return len(p.Organisations[i].Indices) })
	out := make([]briefing.Organisation, len(keep))
	for i, k := range keep {
		out[i] = p.Organisations[k]
		out[i].Aliases = shownAliases(out[i])
	}
	return out, len(p.Organisations) - len(out)
}

// shownAliases are the aliases a note prints after a body's name: not an
// article form of its name or of another alias ("the Board" beside
// "Board"), which the brief lists so that a body the text calls by its
// kind is named as the text names it, and which tells a reader nothing.
func shownAliases(o briefing.Organisation) []string {
	var out []string
	for _, al := range o.Aliases {
		if bare, ok := strings.CutPrefix(al, "the "); ok && (bare == o.Name || slices.Contains(o.Aliases, bare)) {
			continue
		}
		out = append(out, al)
	}
	return out
}

// mostMentioned returns the indices of the at most maxListed items of n
// with the most mentions, the earlier first among equals, in their order.
func mostMentioned(n int, mentions func(i int) int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if n <= maxListed {
		return idx
	}
	sort.SliceStable(idx, func(a, b int) bool { return mentions(idx[a]) > mentions(idx[b]) })
	idx = idx[:maxListed]
	sort.Ints(idx)
	return idx
}

// morePersons and moreOrganisations are what the Markdown template says of
// those it does not list.
func morePersons(p briefing.Parties) int {
	_, n := keyPersons(p)
	return n
}

func moreOrganisations(p briefing.Parties) int {
	_, n := keyOrganisations(p)
	return n
}

func listedPersons(p briefing.Parties) []briefing.Person {
	out, _ := keyPersons(p)
	return out
}

func listedOrganisations(p briefing.Parties) []briefing.Organisation {
	out, _ := keyOrganisations(p)
	return out
}

// keySpeakers returns the speakers a note lists — the brief orders them
// by words spoken, so the first maxListed — and how many more spoke.
func keySpeakers(s []briefing.Speaker) ([]briefing.Speaker, int) {
	n := min(len(s), maxListed)
	return s[:n], len(s) - n
}

func listedSpeakers(s []briefing.Speaker) []briefing.Speaker {
	out, _ := keySpeakers(s)
	return out
}

func moreSpeakers(s []briefing.Speaker) int {
	_, n := keySpeakers(s)
	return n
}
