// Command genror writes the list of registered organisations of package
// vocab (lists/known-ror.txt) from the Research Organization Registry
// (ROR), so that the names model can weigh whether a capitalised name is
// a body's that the other lists do not hold: a ministry, agency or army of
// another country ("Japan International Cooperation Agency", "Brazilian
// Army"), a foundation or an NGO ("Alliance for a Green Revolution in
// Africa"), an international company ("Tokyo Electric Power Company"). The
// list is no rule: a name the text writes that it holds is a feature of a
// candidate the model scores (ror), never a body listed for that alone.
//
// The sources, read from -src when present:
//
//   - ror/records.json: ROR records (CC0), a JSON array of them as ROR's
//     data dump holds them, in its schema 2 ("names", each with "value",
//     "types" and "lang") or its schema 1 ("name", "aliases", "acronyms",
//     "labels"), each with "status" and "types";
//   - dict/american-english: an English word list, one word a line (the
//     SCOWL list of Debian's wamerican package), read only to leave out
//     one-word names that are common words.
//
// The selection rule, the same for every record:
//
//   - only active records of a government body, a funder, a non-profit, a
//     company or an "other" organisation, and none that is also an
//     education, healthcare, facility or archive record: universities are
//     in known-orgs.txt already, and hospitals, laboratories and archives
//     are seldom a party to what a release reports;
//   - the record's display name is its name, its other English names
//     (labels, aliases, acronyms, in English or of no language) its
//     aliases;
//   - a name is kept when it is written in Latin letters, has a capital
//     letter and two letters or more, and no character of the list's
//     format ("|", ";", "#"); a one-word name or alias that the word list
//     holds in lower case but not as written is left out as a common word;
//   - a name or alias that two records hold stands for neither and is left
//     out of both ("Ministry of Foreign Affairs", which several countries'
//     records bear): a record whose display name is left out so is left
//     out whole.
//
// Run from internal/vocab by go generate, with the sources' folder in
// $BRIEF_ORG_SOURCES (see lists/README.md for the exact files used):
//
//	go run ../cmd/genror -src DIR -out lists/known-ror.txt
package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// The sources' paths under -src.
const (
	recordsFile = "ror/records.json"
	wordsFile   = "dict/american-english"
)

// generator is this command's command line.
var generator = listgen.Generator{
	Name:    "genror",
	Env:     "BRIEF_ORG_SOURCES",
	SrcHelp: "`DIR` holding " + recordsFile + ", " + wordsFile,
	Options: "[-out FILE]",
}

func main() {
	generator.Run([]string{recordsFile, wordsFile}, func(data [][]byte) ([]byte, error) {
		recs, err := listgen.JSONArray[record](data[0], "records")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", recordsFile, err)
		}
		words := listgen.Words(data[1])
		if len(words) == 0 {
			return nil, fmt.Errorf("%s: no words", wordsFile)
		}
		entries := selectRecords(recs, words)
		return render(entries, len(recs), listgen.SHA256(data[0]), listgen.SHA256(data[1])), nil
	})
}

// A record is what the list reads of a ROR record, in either schema.
type record struct {
	Status string   `json:"status"`
	Types  []string `json:"types"`
	// schema 2
	Names []struct {
		Value string   `json:"value"`
		Types []string `json:"types"`
		Lang  *string  `json:"lang"`
	} `json:"names"`
	// schema 1
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Acronyms []string `json:"acronyms"`
	Labels   []struct {
		Label string `json:"label"`
		Lang  string `json:"iso639"`
	} `json:"labels"`
}

// keptTypes and leftTypes are the record types the rule keeps and those
// that leave a record out whatever else it is.
var (
	keptTypes = []string{"government", "funder", "nonprofit", "company", "other"}
	leftTypes = []string{"education", "healthcare", "facility", "archive"}
)

// selected reports a record the rule reads.
func (r record) selected() bool {
	if !strings.EqualFold(r.Status, "active") {
		return false
	}
	kept := false
	for _, t := range r.Types {
		t = strings.ToLower(t)
		if slices.Contains(leftTypes, t) {
			return false
		}
		kept = kept || slices.Contains(keptTypes, t)
	}
	return kept
}

// forms returns a record's display name and its other English names.
func (r record) forms() (name string, aliases []string) {
	if len(r.Names) == 0 { // schema 1: every name is English but the labels'
		for _, l := range r.Labels {
			if l.Lang == "en" {
				aliases = append(aliases, l.Label)
			}
		}
		return r.Name, append(append(aliases, r.Aliases...), r.Acronyms...)
	}
	for _, n := range r.Names {
		if slices.Contains(n.Types, "ror_display") {
			name = n.Value
		} else if n.Lang == nil || *n.Lang == "en" {
			aliases = append(aliases, n.Value)
		}
	}
	return name, aliases
}

// selectRecords applies the selection rule, returning the entries sorted
// by name.
func selectRecords(recs []record, words map[string]bool) []listgen.Entry {
	// a one-word name that the word list holds in lower case but not as
	// written is a common word: "Together", "Target"
	keep := func(s string) bool {
		common := !strings.Contains(s, " ") && s != strings.ToUpper(s) && words[strings.ToLower(s)] && !words[s]
		return listgen.LatinName(s) && !common
	}
	type kept struct {
		name    string
		aliases []string
	}
	var rows []kept
	holders := map[string]int{} // the records that hold each folded form
	for _, r := range recs {
		if !r.selected() {
			continue
		}
		name, aliases := r.forms()
		name = strings.Join(strings.Fields(name), " ")
		if !keep(name) {
			continue
		}
		k := kept{name: name}
		seen := map[string]bool{vocab.Fold(name): true}
		for _, a := range aliases {
			a = strings.Join(strings.Fields(a), " ")
			if f := vocab.Fold(a); keep(a) && !seen[f] {
				seen[f] = true
				k.aliases = append(k.aliases, a)
			}
		}
		for f := range seen {
			holders[f]++
		}
		rows = append(rows, k)
	}
	var es listgen.Entries
	for _, k := range rows {
		if holders[vocab.Fold(k.name)] > 1 {
			continue
		}
		var aliases []string
		for _, a := range k.aliases {
			if holders[vocab.Fold(a)] == 1 {
				aliases = append(aliases, a)
			}
		}
		es.Add(k.name, aliases...)
	}
	return es.List()
}

// render writes the list: a header saying where it comes from, then one
// entry a line, "Name | alias; alias".
func render(entries []listgen.Entry, records int, sum, wordsSum string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `# Registered organisations, generated by internal/cmd/genror; do not
# edit. A feature of the names model, never a rule.
#
# Licence: CC0 1.0 (public domain dedication), as the Research Organization
# Registry (ROR) publishes its data.
#
# Source: %s, %d ROR records, SHA-256 %s;
# words from the SCOWL English word list (Debian's wamerican), file
# %s, SHA-256 %s.
#
# Rule: the active records of a government body, a funder, a non-profit,
# a company or another organisation, none of them also an education,
# healthcare, facility or archive record; the display name as the name,
# the other English names (labels, aliases, acronyms) as aliases; a name
# in Latin letters with a capital; a one-word name the word list holds in
# lower case but not as written is left out; a name or alias two records
# hold is left out of both, and a record with it as its display name is
# left out whole. No entry was added or removed by hand. %d entries. One a
# line, in the format of known-bodies.txt.
`, recordsFile, records, sum, wordsFile, wordsSum, len(entries))
	listgen.WriteEntries(&b, entries)
	return b.Bytes()
}
