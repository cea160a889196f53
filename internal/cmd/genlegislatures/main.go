// Command genlegislatures writes the list of national legislatures and
// their chambers of package vocab (lists/known-legislatures.txt) from
// EveryPolitician's index of legislatures, so that the organisation
// finder knows "House of Commons", "Lok Sabha" or "Bundestag" from data
// with a source rather than from anyone's memory of the texts it is
// scored on.
//
// The source, read from -src when present:
//
//   - everypolitician/countries.json: EveryPolitician's index, a JSON
//     array with one object a country or territory, each with the
//     legislatures (or chambers) it has data for, each with its name.
//
// The selection rule, the same for every legislature:
//
//   - a legislature's name is kept when it has a capital letter and two
//     letters or more (the list's format reserves "|", ";" and "#");
//   - a name of two words or more is kept whatever it shares with
//     another country's ("National Assembly" is one entry, as the
//     gazetteer reports the name it matched);
//   - a one-word name that two legislatures share ("Parliament",
//     "Senate", "States") is left out: it names a kind of body, not one
//     body. Briefing's gazetteer drops the other one-word names that are
//     common words (head nouns, offices, countries).
//
// Run from internal/vocab by go generate, with the source's folder in
// $BRIEF_BODY_SOURCES (see lists/README.md for the exact file used):
//
//	go run ../cmd/genlegislatures -src DIR -out lists/known-legislatures.txt
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// sourceFile is the source's path under -src.
const sourceFile = "everypolitician/countries.json"

func main() {
	var (
		src = flag.String("src", "", "`DIR` holding "+sourceFile)
		out = flag.String("out", "", "write the list to `FILE` (default standard output)")
	)
	flag.Parse()
	if listgen.Kept("genlegislatures", "BRIEF_BODY_SOURCES", *src, *out, flag.NArg()) {
		return // go generate ./... on a machine without the sources
	}
	if *src == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: genlegislatures -src DIR [-out FILE]\n"+
			"(go generate: set BRIEF_BODY_SOURCES to the folder of the source files; see internal/vocab/lists/README.md)")
		os.Exit(2)
	}
	data, err := os.ReadFile(filepath.Join(*src, filepath.FromSlash(sourceFile)))
	if err != nil {
		fail(err)
	}
	countries, err := parseCountries(data)
	if err != nil {
		fail(fmt.Errorf("%s: %w", sourceFile, err))
	}
	sum := sha256.Sum256(data)
	names, n := selectNames(countries)
	if err := listgen.Write(*out, render(names, len(countries), n, hex.EncodeToString(sum[:]))); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genlegislatures:", err)
	os.Exit(1)
}

// A country is one entry of the index: its name and its legislatures'.
type country struct {
	Name         string `json:"name"`
	Legislatures []struct {
		Name string `json:"name"`
	} `json:"legislatures"`
}

// parseCountries reads the index; one without countries is an error.
func parseCountries(data []byte) ([]country, error) {
	var out []country
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no countries")
	}
	return out, nil
}

// usable reports a name worth listing: a capital letter, two letters or
// more, and no character the list's format reserves.
func usable(s string) bool {
	if strings.ContainsAny(s, "|;#") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		return false
	}
	letters, capital := 0, false
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
		capital = capital || unicode.IsUpper(r)
	}
	return letters >= 2 && capital
}

// selectNames applies the selection rule, returning the names kept,
// sorted, and the number of legislatures read.
func selectNames(countries []country) ([]string, int) {
	// the legislatures of each folded name, and its first spelling
	count := map[string]int{}
	spelling := map[string]string{}
	n := 0
	for _, c := range countries {
		for _, l := range c.Legislatures {
			n++
			name := strings.Join(strings.Fields(l.Name), " ")
			if !usable(name) {
				continue
			}
			k := vocab.Fold(name)
			count[k]++
			if s, ok := spelling[k]; !ok || name < s {
				spelling[k] = name // the same spelling whatever the order
			}
		}
	}
	var out []string
	for k, name := range spelling {
		if len(strings.Fields(name)) == 1 && count[k] > 1 {
			continue // "Parliament", "Senate": a kind of body
		}
		out = append(out, name)
	}
	slices.Sort(out)
	return out, n
}

// render writes the list: a header saying where it comes from, then one
// name a line.
func render(names []string, countries, legislatures int, sum string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `# National legislatures and their chambers, generated by
# internal/cmd/genlegislatures; do not edit.
#
# Licence: CC0 1.0 (EveryPolitician's data is dedicated to the public
# domain); the list is released under the project's licence.
#
# Source: EveryPolitician (mySociety), the index of legislatures
# %s. %d countries and territories, %d legislatures;
# SHA-256 of the file:
# %s
#
# Rule: every legislature's name with a capital letter; a one-word name
# two legislatures share ("Parliament", "Senate") is left out; names two
# countries share are one line. No name was added or removed by hand.
# %d names. One a line, in the format of known-bodies.txt (no aliases).
`, sourceFile, countries, legislatures, sum, len(names))
	for _, x := range names {
		b.WriteString(x)
		b.WriteByte('\n')
	}
	return b.Bytes()
}
