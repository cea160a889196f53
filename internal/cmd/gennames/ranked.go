package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/brief-dev/brief/internal/vocab"
)

// A rankedKind is a source that grades names instead of counting babies:
// a table of names from many countries, each with how common it is there
// in the source's own terms. grade returns, for every folded name of one
// word, its grade (higher is more common) and how many rows were read; a
// name is kept when its grade reaches the source's threshold (-world-min,
// -namdict-min).
type rankedKind struct {
	dir, glob string
	grade     func(data []byte) (grades map[string]int, rows int, err error)
	licence   string
	about     string
	rule      string // the header's rule, a format taking the threshold
}

// rankedKinds are the graded sources gennames reads, each from its folder
// under -src when present.
var rankedKinds = []rankedKind{
	{"world", "common-forenames-by-country.csv", gradeWorld,
		"CC0 1.0 (world/)",
		`sigpwned, "Popular Names by Country Dataset", common forenames
# by country: the commonest given names (about ten a sex) of 106 countries
# and regions, with their romanised forms, as Wikipedia's "List of most
# popular given names" gave them in July 2023 (read for every country but
# China, Korea and Taiwan, whose given names come second). Released under
# CC0 1.0.`,
		`or one that %d or more lists of a country's commonest
# names hold (world/),`},
	{"namdict", "firstnames.csv", gradeNamDict,
		"GNU Free Documentation Licence 1.2 or later (namdict/)",
		`Jörg Michael, "List of first names, genders and country-specific
# frequencies" (2007-2008, updated by Matthias Winkelmann, 2016): about
# 45,000 first names with, for each of 55 countries or groups of
# countries, the share of the population that bears it on a scale of
# powers of two (read for every country but China, Korea and Vietnam,
# whose given names come second). Copyright (c) 2007-2008 Jörg Michael;
# permission is granted to copy, distribute and/or modify it under the
# terms of the GNU Free Documentation License, Version 1.2 or any later
# version published by the Free Software Foundation; with no Invariant
# Sections, no Front-Cover Texts and no Back-Cover Texts. This list is a
# modified version of it (names selected, folded and merged with the
# other sources') and is distributed under the same licence.`,
		`or one of frequency class %d or more in a country of namdict/
# (a scale of powers of two: a class up, about twice the bearers),`},
}

// gradeWorld reads common-forenames-by-country.csv: a header, then
// "Country,Country Group,Region,Population,Note,Year,Romanization,Index,
// Name Group,Gender,Localized Name,Romanized Name". A name's grade is the
// number of lists (a country's or region's, one a sex and group) that hold
// its romanised form; the lists of the countries of familyFirst are not
// read.
func gradeWorld(data []byte) (map[string]int, int, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = 12
	if _, err := r.Read(); err != nil {
		return nil, 0, fmt.Errorf("header: %w", err)
	}
	type key struct{ name, list string }
	seen := map[key]bool{}
	grades := map[string]int{}
	rows := 0
	for {
		f, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		rows++
		name := vocab.Fold(strings.TrimSpace(f[11]))
		if !isName(name) || familyFirst[f[0]] {
			continue
		}
		// Country, group and sex make one list; a name in it counts once.
		if k := (key{name, f[0] + "/" + f[1] + "/" + f[9]}); !seen[k] {
			seen[k] = true
			grades[name]++
		}
	}
	if rows == 0 {
		return nil, 0, fmt.Errorf("no names")
	}
	return grades, rows, nil
}

// familyFirst are the countries whose names are written
// family name first, in English too ("Xi Jinping", "Moon Jae-in", "Nguyen
// Xuan Phuc"): their given names are not a name's first word, which is
// what the list is for, and many are syllables that open other names
// ("Hong Kong", "San Francisco", "Long Beach"), so their grades are not
// read. Japanese and Hungarian names are mostly written given name first
// in English and are read.
// The map holds the countries' names as namdict/ writes them and their
// ISO codes as world/ does.
var familyFirst = map[string]bool{
	"China": true, "Korea": true, "Vietnam": true,
	"CN": true, "HK": true, "KP": true, "KR": true, "MO": true, "TW": true, "VN": true,
}

// gradeNamDict reads firstnames.csv: a header "name;gender;" and the
// countries, then one name a line with, under each country where it is
// borne, its frequency class: the share of the people that bear it on a
// scale of powers of two, a class up about twice the bearers (-8, the
// lowest, is rare; the source's README gives the exact bounds), leaving
// out the countries of familyFirst. A name's grade is its highest class. A "+"
// in a name joins the parts of a name of two words ("Abdel+Aziz"), which
// is no entry.
func gradeNamDict(data []byte) (map[string]int, int, error) {
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "name;gender;") {
		return nil, 0, fmt.Errorf("no header \"name;gender;...\"")
	}
	header := strings.Split(strings.TrimRight(lines[0], "\r"), ";")
	cols := len(header)
	grades := map[string]int{}
	for i, ln := range lines[1:] {
		ln = strings.TrimRight(ln, "\r")
		f := strings.Split(ln, ";")
		if len(f) != cols {
			return nil, 0, fmt.Errorf("line %d: %d fields, want %d", i+2, len(f), cols)
		}
		best, any := 0, false
		for j, v := range f[2:] {
			if v = strings.TrimSpace(v); v == "" || familyFirst[header[j+2]] {
				continue
			}
			c, err := strconv.Atoi(v)
			if err != nil {
				return nil, 0, fmt.Errorf("line %d: bad frequency %q", i+2, v)
			}
			if !any || c > best {
				best, any = c, true
			}
		}
		name := vocab.Fold(strings.TrimSpace(f[0]))
		if !any || !isName(name) {
			continue
		}
		if g, ok := grades[name]; !ok || best > g {
			grades[name] = best // "Rene" and "René" fold together
		}
	}
	return grades, len(lines) - 1, nil
}
