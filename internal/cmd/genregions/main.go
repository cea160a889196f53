// Command genregions writes the list of regions that carry another
// state's name (package vocab's lists/regions.txt) from the ISO 3166
// subdivision codes, so that "New Mexico", "American Samoa" or "Port of
// Spain" name no Mexico, Samoa or Spain, by a rule over a published table
// rather than by names someone met in the texts the tool is scored on.
//
// The sources, read from -src when present (the JSON files of the
// iso-codes project, which Debian ships in its iso-codes package):
//
//   - iso_3166-1.json: the states, with their two-letter codes and names;
//   - iso_3166-2.json: their subdivisions, each with its code (the state's
//     two letters, a hyphen, its own) and its name.
//
// The selection rule, the same for every subdivision and for every
// territory of iso_3166-1.json that is no state of countries.txt (with
// every state another's): its name is kept
// when a name of a state of countries.txt (its short name, another name
// or a demonym, as whole words, case as written) stands in it and that
// state is not the subdivision's own ("New Mexico" is in the United
// States; "Santiago de Cuba" is in Cuba and is left out), unless the name
// is the state's possessive ("Saint Lucia's", a Maltese locality). A kept
// name that opens on a compass word (places.txt [compass]) is kept
// without it too when a state's name is still in what remains ("East New
// Britain" gives "New Britain").
//
// Run from internal/vocab by go generate, with the sources' folder in
// $BRIEF_REGION_SOURCES (see lists/README.md):
//
//	go run ../cmd/genregions -src DIR -out lists/regions.txt
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// The sources' file names under -src.
const (
	statesFile       = "iso_3166-1.json"
	subdivisionsFile = "iso_3166-2.json"
)

// generator is this command's command line.
var generator = listgen.Generator{
	Name:    "genregions",
	Env:     "BRIEF_REGION_SOURCES",
	SrcHelp: "`DIR` holding " + statesFile + " and " + subdivisionsFile,
	Options: "[-out FILE]",
}

func main() {
	generator.Run([]string{statesFile, subdivisionsFile}, func(data [][]byte) ([]byte, error) {
		states, subs, err := parse(data[0], data[1])
		if err != nil {
			return nil, err
		}
		names := stateNames(vocab.Countries())
		compass := vocab.Set(vocab.Sections("places.txt")["compass"])
		regions, unmatched := selectRegions(states, subs, names, compass)
		for _, code := range unmatched {
			fmt.Fprintf(os.Stderr, "genregions: %s: no state of countries.txt has this code's names; its subdivisions count as no state's\n", code)
		}
		return render(regions, len(subs), listgen.SHA256(data[0]), listgen.SHA256(data[1])), nil
	})
}

// isoState is a record of iso_3166-1.json.
type isoState struct {
	Alpha2       string `json:"alpha_2"`
	Name         string `json:"name"`
	CommonName   string `json:"common_name"`
	OfficialName string `json:"official_name"`
}

// isoSubdivision is a record of iso_3166-2.json.
type isoSubdivision struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// parse reads the two source files.
func parse(statesData, subsData []byte) ([]isoState, []isoSubdivision, error) {
	var s struct {
		States []isoState `json:"3166-1"`
	}
	if err := json.Unmarshal(statesData, &s); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", statesFile, err)
	}
	var d struct {
		Subdivisions []isoSubdivision `json:"3166-2"`
	}
	if err := json.Unmarshal(subsData, &d); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", subdivisionsFile, err)
	}
	if len(s.States) == 0 || len(d.Subdivisions) == 0 {
		return nil, nil, fmt.Errorf("no records in %s or %s", statesFile, subdivisionsFile)
	}
	return s.States, d.Subdivisions, nil
}

// stateNames maps every name countries.txt gives a state (its short
// name, other names and demonyms) to the state's short name.
func stateNames(countries []vocab.Country) map[string]string {
	names := map[string]string{}
	for _, c := range countries {
		names[c.Name] = c.Name
		for _, n := range append(append([]string(nil), c.Other...), c.Demonyms...) {
			// a code in capitals ("CAR") is no name inside another
			// name: "Cordillera Administrative Region (CAR)"
			if strings.ToUpper(n) != n {
				names[n] = c.Name
			}
		}
	}
	return names
}

// selectRegions applies the rule of the package comment. It returns the
// kept names, sorted, and the two-letter codes of states none of whose
// ISO names countries.txt knows.
func selectRegions(states []isoState, subs []isoSubdivision, names map[string]string, compass map[string]bool) (regions, unmatched []string) {
	own := map[string]string{} // two-letter code -> short name in countries.txt
	for _, s := range states {
	forms:
		for _, n := range []string{s.Name, s.CommonName, s.OfficialName} {
			for _, f := range isoForms(n) {
				if st, ok := names[f]; ok && f != "" {
					own[s.Alpha2] = st
					break forms
				}
			}
		}
	}
	codes := map[string]bool{}
	for _, s := range subs {
		codes[strings.SplitN(s.Code, "-", 2)[0]] = true
	}
	for c := range codes {
		if own[c] == "" {
			unmatched = append(unmatched, c)
		}
	}
	slices.Sort(unmatched)
	find := nameFinder(names)
	kept := map[string]bool{}
	for _, s := range subs {
		home := own[strings.SplitN(s.Code, "-", 2)[0]]
		if !othersName(find, names, s.Name, home) {
			continue
		}
		kept[s.Name] = true
		if first, rest, ok := strings.Cut(s.Name, " "); ok && compass[strings.ToLower(first)] && othersName(find, names, rest, home) {
			kept[rest] = true
		}
	}
	// A territory of ISO 3166-1 that is no state of countries.txt
	// ("French Polynesia", "British Virgin Islands") names no state either:
	// the same rule, with every state another's.
	for _, s := range states {
		if own[s.Alpha2] != "" {
			continue
		}
		for _, n := range []string{s.Name, s.CommonName, s.OfficialName} {
			if n != "" && othersName(find, names, n, "") {
				kept[n] = true
			}
		}
	}
	for n := range kept {
		regions = append(regions, n)
	}
	slices.Sort(regions)
	return regions, unmatched
}

// isoForms returns an ISO 3166-1 name and the forms a text writes it in:
// inverted at its comma ("Palestine, State of": "State of Palestine";
// "Congo, The Democratic Republic of the": "Democratic Republic of the
// Congo"), without a bracket ("Holy See (Vatican City State)": "Holy
// See"), without an opening "the".
func isoForms(n string) []string {
	forms := []string{n}
	if head, tail, ok := strings.Cut(n, ", "); ok {
		forms = append(forms, tail+" "+head)
	}
	if i := strings.Index(n, " ("); i > 0 {
		forms = append(forms, n[:i])
	}
	for _, f := range forms {
		for _, the := range []string{"The ", "the "} {
			if rest, ok := strings.CutPrefix(f, the); ok {
				forms = append(forms, rest)
			}
		}
	}
	return forms
}

// nameFinder is an expression finding any of names as whole words, the
// longest first.
func nameFinder(names map[string]string) *regexp.Regexp {
	alts := make([]string, 0, len(names))
	for n := range names {
		alts = append(alts, regexp.QuoteMeta(n))
	}
	slices.SortFunc(alts, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return regexp.MustCompile(`(?:^|[^\pL])(` + strings.Join(alts, "|") + `)(?:$|[^\pL])`)
}

// othersName reports that a state other than home is named in region,
// not as a possessive.
func othersName(find *regexp.Regexp, names map[string]string, region, home string) bool {
	for at := 0; at < len(region); {
		m := find.FindStringSubmatchIndex(region[at:])
		if m == nil {
			break
		}
		name := region[at+m[2] : at+m[3]]
		end := at + m[3]
		at = end // the next name may start right after this one's end: "American Samoa"
		if name == region || names[name] == home {
			continue
		}
		if rest := region[end:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		return true
	}
	return false
}

// render writes the list with its header.
func render(regions []string, subdivisions int, statesSum, subsSum string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `# Regions that carry another state's name, generated by
# internal/cmd/genregions; do not edit.
#
# Licence: the names are ISO 3166-1 and 3166-2 names, facts of the
# standard, taken from the iso-codes project (LGPL-2.1-or-later).
#
# Source: the iso-codes project's ISO 3166 tables (%s, %s), as
# Debian's iso-codes package ships them; %d subdivisions read.
# SHA-256 of %s: %s
# SHA-256 of %s: %s
#
# Rule: a subdivision's name in which a name or demonym of a state of
# countries.txt other than its own stands as whole words, not as a
# possessive, and a territory's name (ISO 3166-1, no state of
# countries.txt) in which a state's name or demonym stands; a kept name
# that opens on a compass word is kept without it too when another
# state's name remains. No name was added or removed by hand. A region's
# name names no state.
# %d names, one a line.
`, statesFile, subdivisionsFile, subdivisions, statesFile, statesSum, subdivisionsFile, subsSum, len(regions))
	for _, r := range regions {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	return b.Bytes()
}
