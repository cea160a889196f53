// Command genmedia writes the list of news media of package vocab
// (lists/known-media.txt) from a published, openly licensed table of the
// world's state-administered and public media, so that the organisation
// finder knows the news agencies and broadcasters a text names in passing,
// in a credit or a source line ("ERT", "Emirates News Agency (WAM)",
// "Xinhua"), from data with a source rather than from anyone's memory of
// the texts it is scored on.
//
// The sources, read from -src when present:
//
//   - statemedia/State_Media_Matrix.csv: the State Media Matrix of the
//     Alliance for Securing Democracy's state-media-profiles (MIT
//     licence), seeded from the State Media Monitor of the Media and
//     Journalism Research Center: one row a media asset (a news agency, a
//     channel, a station, a paper), with the company it belongs to;
//   - dict/american-english: an English word list, one word a line (the
//     SCOWL list of Debian's wamerican package), read only to leave out
//     one-word names that are common words or other names.
//
// The selection rule, the same for every row:
//
//   - every media company is one entry, and every main asset whose name
//     is not the company's (a channel, a paper, the agency of a group);
//   - a name's short form in brackets at its end is its alias when it is
//     written in capitals ("Hellenic Broadcasting Corporation (ERT)") or
//     is a name of capitalised words ("Xinhua (New China News Agency)");
//     any other bracketed remark ("(English)", "(Indian edition)",
//     "(subsidiary of …)") is dropped, and so is the source's footnote mark
//     "*", a kind label before a colon ("Television: SinoVision"), the
//     article "The" that starts a paper's name (a text writes "the
//     Straits Times" as often; "The National" alone is no name) and an
//     alternative after " or ";
//   - a name is kept when it is written in Latin letters, has a capital
//     letter and two letters or more, and is no web address ("Lenta.ru")
//     and has no unpaired bracket; a one-word name or alias not written in
//     capitals that the word list holds is left out, as a common word
//     ("Today", "Star", "Gold") or a name of something else ("Eurasia",
//     "Mir");
//   - an alias that two entries share stands for neither ("NTV", "MBC")
//     and is left out of both; entries of the same name are one.
//
// Run from internal/vocab by go generate, with the sources' folder in
// $BRIEF_BODY_SOURCES (see lists/README.md for the exact files used):
//
//	go run ../cmd/genmedia -src DIR -out lists/known-media.txt
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// The sources' paths under -src.
const (
	sourceFile = "statemedia/State_Media_Matrix.csv"
	wordsFile  = "dict/american-english"
)

// generator is this command's command line.
var generator = listgen.Generator{
	Name:    "genmedia",
	Env:     "BRIEF_BODY_SOURCES",
	SrcHelp: "`DIR` holding " + sourceFile + " and " + wordsFile,
	Options: "[-out FILE]",
}

func main() {
	generator.Run([]string{sourceFile, wordsFile}, func(data [][]byte) ([]byte, error) {
		rows, err := parseRows(data[0])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sourceFile, err)
		}
		words := listgen.Words(data[1])
		if len(words) == 0 {
			return nil, fmt.Errorf("%s: no words", wordsFile)
		}
		return render(selectMedia(rows, words), len(rows), listgen.SHA256(data[0]), listgen.SHA256(data[1])), nil
	})
}

// A row is one asset of the table: the company and the asset's name.
type row struct {
	company, asset string
}

// parseRows reads the table: a header naming the columns "Media company"
// and "Main assets", then one row an asset. A table without them, or
// without rows, is an error rather than an empty list.
func parseRows(data []byte) ([]row, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("no header: %w", err)
	}
	ci, ai := slices.Index(head, "Media company"), slices.Index(head, "Main assets")
	if ci < 0 || ai < 0 {
		return nil, errors.New(`no "Media company" and "Main assets" columns`)
	}
	var out []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		out = append(out, row{company: rec[ci], asset: rec[ai]})
	}
	if len(out) == 0 {
		return nil, errors.New("no rows")
	}
	return out, nil
}

var (
	// kindLabel is a label of the asset's kind before its name:
	// "Television: ", "Print media: ", "News agency: ".
	kindLabel = regexp.MustCompile(`^[A-Z][a-z]+( [a-z]+)*: `)
	// webAddress is a dot between letters: "Lenta.ru", "China.org.cn".
	webAddress = regexp.MustCompile(`[\p{L}\p{N}]\.\p{L}`)
)

// splitName returns the name a cell gives and its short form in brackets,
// if any (see the selection rule); a name with an unpaired bracket is "".
func splitName(cell string) (name string, aliases []string) {
	s := strings.Join(strings.Fields(cell), " ")
	s = strings.TrimRight(s, "*")
	s = kindLabel.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "The ")
	if i := strings.Index(s, " or "); i > 0 {
		s = s[:i]
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			inner := s[i+2 : len(s)-1]
			s = s[:i]
			if shortForm(inner) {
				aliases = append(aliases, inner)
			}
		}
	}
	if strings.ContainsAny(s, "()") {
		return "", nil
	}
	return strings.TrimSpace(s), aliases
}

// shortForm reports a bracketed form that is another name of the body:
// one word with two capitals or more ("ERT", "CyBC", "UA:PBC"), or words
// that are all capitalised but for short ones ("New China News Agency",
// "Agencia Boliviana de Informacion").
func shortForm(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 1 {
		caps := 0
		for _, r := range s {
			if unicode.IsUpper(r) {
				caps++
			}
		}
		return caps >= 2
	}
	for i, w := range ws {
		r := []rune(w)
		if (i == 0 || len(r) > 3) && !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return len(ws) > 1
}

// usable reports a name worth listing (see the selection rule).
func usable(s string) bool { return listgen.LatinName(s) && !webAddress.MatchString(s) }

// selectMedia applies the selection rule, returning the entries sorted by
// name.
func selectMedia(rows []row, words map[string]bool) []listgen.Entry {
	// a one-word name not in capitals that the word list holds is a
	// common word ("Today") or names something else ("Eurasia", "Mir")
	isCommon := func(s string) bool {
		return !strings.Contains(s, " ") && s != strings.ToUpper(s) && (words[s] || words[strings.ToLower(s)])
	}
	var es listgen.Entries
	keep := func(s string) bool { return usable(s) && !isCommon(s) }
	add := func(name string, aliases []string) { es.AddKept(keep, name, aliases...) }
	for _, r := range rows {
		company, short := splitName(r.company)
		add(company, short)
		asset, assetShort := splitName(r.asset)
		forms := []string{vocab.Fold(company)}
		for _, a := range short {
			forms = append(forms, vocab.Fold(a))
		}
		if !slices.Contains(forms, vocab.Fold(asset)) {
			add(asset, assetShort)
		}
	}
	return es.List()
}

// render writes the list: a header saying where it comes from, then one
// entry a line, "Name | alias; alias".
func render(media []listgen.Entry, rows int, sum, wordsSum string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `# News agencies, broadcasters and other state and public media,
# generated by internal/cmd/genmedia; do not edit.
#
# Licence: MIT (an adaptation of the table below), with this notice:
# Copyright (c) 2023 ASD-at-GMF. Permission is hereby granted, free of
# charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy,
# modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to
# do so, subject to the following conditions: The above copyright notice
# and this permission notice shall be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
#
# Source: the State Media Matrix of the Alliance for Securing Democracy's
# state-media-profiles (seed data from the State Media Monitor of the Media
# and Journalism Research Center), file
# %s, %d rows, SHA-256
# %s;
# words from the SCOWL English word list (Debian's wamerican), file
# %s, SHA-256
# %s.
#
# Rule: every media company and every main asset not named as its company,
# with the short form in brackets at the end of its name as its alias, less
# a leading "The"; a name in Latin letters with a capital, no web address; a one-word name or
# alias not in capitals that the word list holds is left out; an alias two
# entries share is left out of both. No entry was added or removed by hand.
# %d entries. One a line, in the format of known-bodies.txt.
`, sourceFile, rows, sum, wordsFile, wordsSum, len(media))
	listgen.WriteEntries(&b, media)
	return b.Bytes()
}
