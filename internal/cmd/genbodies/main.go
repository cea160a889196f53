// Command genbodies writes the list of well-known bodies of package vocab
// (lists/known-bodies.txt) from a published, openly licensed register of
// international organisations, so that the organisation finder knows the
// bodies any reader would expect a tool to know ("European Free Trade
// Association", "Europol", "OSCE") from data with a source rather than
// from anyone's memory of the texts it is scored on.
//
// The source, read from -src when present:
//
//   - supraverden/general_list.yaml: SupraVerden's curated list of
//     international organisations (the EU's institutions and agencies, the
//     UN's bodies, the other intergovernmental organisations, each with its
//     Wikidata item), licensed CC BY-SA 4.0. One top-level key a body,
//     then its fields indented by two spaces ("Name_en: …").
//
// The selection rule, the same for every body:
//
//   - a body is kept when it has an English name (Name_en) and a Wikidata
//     item (Wikidata_code "Q…"): a body somebody thought notable enough to
//     describe there, and one identity to merge names on;
//   - its aliases are its English short names and other names
//     (Abbreviation_en, Abbreviation_other…_en, Name_other…_en) and the
//     list's own key when it differs from the name; placeholders ("null",
//     "[No code found.]") are none, nor is a form without two letters;
//   - an alias that two bodies share stands for neither ("ISA", "ECA") and
//     is left out of both; bodies of the same name are one.
//
// Run from internal/vocab by go generate, with the source's folder in
// $BRIEF_BODY_SOURCES (see lists/README.md for the exact file used):
//
//	go run ../cmd/genbodies -src DIR -out lists/known-bodies.txt
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// sourceFile is the source's path under -src.
const sourceFile = "supraverden/general_list.yaml"

// generator is this command's command line.
var generator = listgen.Generator{
	Name:    "genbodies",
	Env:     "BRIEF_BODY_SOURCES",
	SrcHelp: "`DIR` holding " + sourceFile,
	Options: "[-out FILE]",
}

func main() {
	generator.Run([]string{sourceFile}, func(data [][]byte) ([]byte, error) {
		recs, err := parseRecords(data[0])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sourceFile, err)
		}
		return render(selectBodies(recs), len(recs), listgen.SHA256(data[0])), nil
	})
}

// A record is one body of the source: its top-level key and its scalar
// fields (list fields, such as LEI_bic, are skipped).
type record struct {
	key    string
	fields map[string]string
}

// parseRecords reads the source's records: a line that is not indented
// (or by one space, a slip the source has made) and ends in ":" opens a
// record, as does YAML's explicit key "? key" (its first field then
// follows ": "); "  Field: value" lines fill it; "  - item" lines belong to a
// list field and are skipped. It is no general YAML parser, and a line it
// cannot place is an error rather than a body silently lost.
func parseRecords(data []byte) ([]record, error) {
	var out []record
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		ln := strings.TrimRight(sc.Text(), " \t\r")
		trim := strings.TrimLeft(ln, " ")
		indent := len(ln) - len(trim)
		switch {
		case trim == "" || strings.HasPrefix(trim, "#"):
		case indent == 0 && strings.HasPrefix(trim, "? "):
			// YAML's explicit key, for a key too long for one line
			out = append(out, record{key: unquote(strings.TrimPrefix(trim, "? ")), fields: map[string]string{}})
		case indent == 0 && strings.HasPrefix(trim, ": "):
			// its value's first field: ": Wikidata_code: Q…"
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: a field before any record", n)
			}
			if k, v, ok := strings.Cut(strings.TrimPrefix(trim, ": "), ":"); ok {
				out[len(out)-1].fields[strings.TrimSpace(k)] = unquote(strings.TrimSpace(v))
			}
		case indent <= 1:
			if !strings.HasSuffix(trim, ":") {
				return nil, fmt.Errorf("line %d: %q opens no record", n, ln)
			}
			out = append(out, record{key: unquote(strings.TrimSuffix(trim, ":")), fields: map[string]string{}})
		case strings.HasPrefix(trim, "- "):
		default:
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: a field before any record", n)
			}
			k, v, ok := strings.Cut(trim, ":")
			if !ok {
				return nil, fmt.Errorf("line %d: %q is no field", n, ln)
			}
			out[len(out)-1].fields[strings.TrimSpace(k)] = unquote(strings.TrimSpace(v))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no records")
	}
	return out, nil
}

// unquote strips YAML's single or double quotes from a scalar.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '\'' && s[len(s)-1] == '\'' || s[0] == '"' && s[len(s)-1] == '"') {
		s = s[1 : len(s)-1]
		s = strings.ReplaceAll(s, "''", "'")
	}
	return strings.Join(strings.Fields(s), " ")
}

var (
	wikidataItem = regexp.MustCompile(`^Q[0-9]+$`)
	// aliasField holds the fields that give another English name.
	aliasField = regexp.MustCompile(`^(Abbreviation(_other(_[0-9]+)?)?|Name_other(_[0-9]+)?)_en$`)
)

// usable reports a name or alias worth listing: no placeholder, two
// letters or more, and no character the list's format reserves.
func usable(s string) bool {
	if s == "" || strings.EqualFold(s, "null") || strings.EqualFold(s, "none") || strings.HasPrefix(s, "[") {
		return false
	}
	if strings.ContainsAny(s, "|;#") || s[0] == '+' || s[0] == '-' {
		return false
	}
	letters := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 {
			letters++
		}
	}
	return letters >= 2
}

// selectBodies applies the selection rule, returning the bodies sorted by
// name.
func selectBodies(recs []record) []listgen.Entry {
	var es listgen.Entries
	for _, r := range recs {
		name := r.fields["Name_en"]
		if !usable(name) || !wikidataItem.MatchString(r.fields["Wikidata_code"]) {
			continue
		}
		cands := []string{r.key}
		var fields []string
		for f := range r.fields {
			if aliasField.MatchString(f) {
				fields = append(fields, f)
			}
		}
		slices.Sort(fields)
		for _, f := range fields {
			cands = append(cands, r.fields[f])
		}
		var aliases []string
		for _, a := range cands {
			if usable(a) {
				aliases = append(aliases, a)
			}
		}
		es.Add(name, aliases...)
	}
	return es.List()
}

// render writes the list: a header saying where it comes from, then one
// body a line, "Name | alias; alias".
func render(bodies []listgen.Entry, records int, sum string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `# Well-known bodies, generated by internal/cmd/genbodies; do not edit.
#
# Licence: CC BY-SA 4.0 (an adaptation of SupraVerden's data, below).
#
# Source: SupraVerden, "Curated lists of international organisations with
# privileges and immunities", file %s,
# Copyright (c) Confirmordeny 2025, licensed under the Creative Commons
# Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0). This
# list is an adaptation of it (bodies selected, names and aliases
# reformatted) and is licensed under CC BY-SA 4.0 too, unlike the rest of
# the project. %d records; SHA-256 of the file:
# %s
#
# Rule: every body with an English name and a Wikidata item; its aliases
# are its English short names and other names; an alias two bodies share
# is left out of both. No body was added or removed by hand.
# %d bodies. One a line: full name | aliases (";"-separated).
`, sourceFile, records, sum, len(bodies))
	listgen.WriteEntries(&b, bodies)
	return b.Bytes()
}
