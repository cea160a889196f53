// Command genorgs writes the list of government bodies, listed companies
// and universities of package vocab (lists/known-orgs.txt) from
// published, openly licensed tables, so that the names model can weigh
// whether a capitalised name is a body's, a firm's or a university's ("UK
// Export Finance", "BioNTech", "Universidad de León") from data with a
// source rather than from
// anyone's memory of the texts it is scored on. The list is no rule: a
// name the text writes that it holds is a feature of a candidate the
// model scores, never a body listed for that alone.
//
// The sources, read from -src when present:
//
//   - sp500/constituents.csv: the constituents of the S&P 500 index, the
//     Data Package datasets/s-and-p-500-companies (ODC Public Domain
//     Dedication and Licence), column "Security";
//   - listings/nasdaq-listed-symbols.csv and listings/other-listed.csv:
//     the securities listed on Nasdaq and on the NYSE and other US
//     exchanges, the Data Packages datasets/nasdaq-listings and
//     datasets/nyse-other-listings (ODC PDDL), column "Company Name",
//     rows with "ETF" N and "Test Issue" N;
//   - universities/world_universities_and_domains.json: Hipo's list of
//     the world's universities (MIT licence), field "name";
//   - usgov/agencies-and-subs.csv and usgov/current-federal.csv: the US
//     federal agencies and their bureaus, and the organisations holding
//     federal .gov domains, of CISA's dotgov-data (CC0), columns "Agency"
//     and "Bureau", and "Organization name" and "Suborganization name";
//   - govuk/data.json: the UK government's organisations from the
//     government-organisation register and the GOV.UK organisations API
//     (Open Government Licence v3.0), as gathered by
//     frankieroberto/govuk-government-organisations-autocomplete: fields
//     "current_name", "other_names" and "abbreviations";
//   - dict/american-english: an English word list, one word a line (the
//     SCOWL list of Debian's wamerican package), read only to leave out
//     one-word names that are common words.
//
// The selection rule, the same for every row:
//
//   - a security's name is cut before " - " and before a bracket, then
//     loses its share-class words at its end ("Common Stock", "Class A",
//     "American Depositary Shares"), its legal form ("Inc.", "Corp.",
//     "plc", "N.V.", "SE") and a leading "The"; rows of funds, trusts,
//     notes, warrants, preferred shares and blank-cheque companies
//     ("Acquisition") are left out, their names being no body's;
//   - a company's name that ends in "Corporation", "Company",
//     "Incorporated", "Holdings" or "Group" has the name without that
//     word as its alias ("Alcoa Corporation" | "Alcoa");
//   - a university's name is kept as written, and so is a government
//     body's, with its other names and abbreviations as aliases;
//   - a name is kept when it is written in Latin letters, has a capital
//     letter and two letters or more, has no digit-only word and no
//     character of the list's format ("|", ";", "#"); a one-word name or
//     alias that the word list holds in lower case but not as written is
//     left out as a common word ("Together", "Target"), while one the
//     word list holds capitalised too is kept ("Google"): the model, not
//     the list, tells the firm from the word;
//   - an alias that two entries share stands for neither and is left out
//     of both; entries of the same name are one.
//
// Run from internal/vocab by go generate, with the sources' folder in
// $BRIEF_ORG_SOURCES (see lists/README.md for the exact files used):
//
//	go run ../cmd/genorgs -src DIR -out lists/known-orgs.txt
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// The sources' paths under -src.
const (
	sp500File       = "sp500/constituents.csv"
	nasdaqFile      = "listings/nasdaq-listed-symbols.csv"
	otherFile       = "listings/other-listed.csv"
	universityFile  = "universities/world_universities_and_domains.json"
	agenciesFile    = "usgov/agencies-and-subs.csv"
	federalFile     = "usgov/current-federal.csv"
	govukFile       = "govuk/data.json"
	wordsFile       = "dict/american-english"
	sp500Column     = "Security"
	companyColumn   = "Company Name"
	universityField = "name"
)

// generator is this command's command line.
var generator = listgen.Generator{
	Name:    "genorgs",
	Env:     "BRIEF_ORG_SOURCES",
	SrcHelp: "`DIR` holding " + strings.Join([]string{sp500File, nasdaqFile, otherFile, universityFile, agenciesFile, federalFile, govukFile, wordsFile}, ", "),
	Options: "[-out FILE]",
}

func main() {
	files := []string{sp500File, nasdaqFile, otherFile, universityFile, agenciesFile, federalFile, govukFile, wordsFile}
	generator.Run(files, func(data [][]byte) ([]byte, error) {
		sp, err := readColumn(data[0], sp500Column, false)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sp500File, err)
		}
		nq, err := readColumn(data[1], companyColumn, true)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", nasdaqFile, err)
		}
		ot, err := readColumn(data[2], companyColumn, true)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", otherFile, err)
		}
		us, err := readUniversities(data[3])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", universityFile, err)
		}
		agencies, err := readColumns(data[4], "Agency", "Bureau")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", agenciesFile, err)
		}
		federal, err := readColumns(data[5], "Organization name", "Suborganization name")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", federalFile, err)
		}
		var gov []listgen.Entry
		for _, n := range append(agencies, federal...) {
			gov = append(gov, listgen.Entry{Name: n})
		}
		usRows, fedRows := len(agencies), len(federal)
		uk, err := readGovUK(data[6])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", govukFile, err)
		}
		gov = append(gov, uk...)
		companies := append(append(sp, nq...), ot...)
		words := listgen.Words(data[7])
		if len(words) == 0 {
			return nil, fmt.Errorf("%s: no words", wordsFile)
		}
		sums := make([]string, len(data))
		for i, d := range data {
			sums[i] = listgen.SHA256(d)
		}
		counts := []int{len(sp), len(nq), len(ot), len(us), usRows, fedRows, len(uk)}
		return render(selectOrgs(companies, us, gov, words), counts, sums), nil
	})
}

// readColumn returns the cells of the named column of a CSV table; with
// listed, only the rows whose "ETF" and "Test Issue" columns are "N" (a
// table without those columns is an error then). A table without the
// column, or without rows, is an error rather than an empty list.
func readColumn(data []byte, column string, listed bool) ([]string, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("no header: %w", err)
	}
	ci := slices.Index(head, column)
	ei, ti := slices.Index(head, "ETF"), slices.Index(head, "Test Issue")
	if ci < 0 || listed && (ei < 0 || ti < 0) {
		return nil, fmt.Errorf("no %q column", column)
	}
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if ci >= len(rec) || listed && (ei >= len(rec) || ti >= len(rec) || rec[ei] != "N" || rec[ti] != "N") {
			continue
		}
		out = append(out, rec[ci])
	}
	if len(out) == 0 {
		return nil, errors.New("no rows")
	}
	return out, nil
}

// readColumns returns the cells of the named columns of a CSV table, one
// column after the other.
func readColumns(data []byte, columns ...string) ([]string, error) {
	var out []string
	for _, c := range columns {
		cells, err := readColumn(data, c, false)
		if err != nil {
			return nil, err
		}
		out = append(out, cells...)
	}
	return out, nil
}

// readUniversities returns the names of Hipo's list: a JSON array of
// objects with a "name".
func readUniversities(data []byte) ([]string, error) {
	var rows []map[string]any
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		if s, ok := r[universityField].(string); ok {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no names")
	}
	return out, nil
}

// readGovUK returns the organisations of the GOV.UK data: a JSON array
// of objects with "current_name", "other_names" and "abbreviations".
func readGovUK(data []byte) ([]listgen.Entry, error) {
	var rows []struct {
		Name          string   `json:"current_name"`
		OtherNames    []string `json:"other_names"`
		Abbreviations []string `json:"abbreviations"`
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, err
	}
	var out []listgen.Entry
	for _, r := range rows {
		if r.Name != "" {
			out = append(out, listgen.Entry{Name: r.Name, Aliases: append(r.OtherNames, r.Abbreviations...)})
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no names")
	}
	return out, nil
}

var (
	// notABody are words of a security's name that make it a fund's, a
	// debt's or a shell's rather than a company's.
	notABody = regexp.MustCompile(`(?i)\b(fund|funds|trust|etf|etn|notes?|debentures?|warrants?|preferred|acquisition|portfolio|index|municipal|bonds?|rights|units|income|depositary receipts?|%)\b|%`)
	// shareWords are the share-class words at a security's name's end.
	shareWords = regexp.MustCompile(`(?i)[ ,]+(common stock|common shares|ordinary shares|class [a-z]( common stock| ordinary shares| shares)?|american depositary shares?|ads|shares|subordinate voting shares|new|cl [a-z])$`)
	// legalForm is a legal form at a company's name's end.
	legalForm = regexp.MustCompile(`(?i)[ ,]+(inc\.?|incorporated|corp\.?|co\.?|ltd\.?|limited|plc|p\.l\.c\.|n\.v\.|s\.a\.|s\.a\.b\. de c\.v\.|se|ag|llc|l\.l\.c\.|l\.p\.|lp|s\.p\.a\.|asa|a/s|sa|nv)$`)
	// kindWord is a last word whose name without it is the company's
	// short name: "Alcoa Corporation", "Boeing Company".
	kindWord = regexp.MustCompile(`^(.+) (Corporation|Company|Holdings|Group)$`)
)

// companyName returns the name a security's row gives its company, ""
// when the row is no company's (see the selection rule).
func companyName(cell string) string {
	s := strings.Join(strings.Fields(cell), " ")
	if i := strings.Index(s, " - "); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	if notABody.MatchString(s) {
		return ""
	}
	for {
		t := shareWords.ReplaceAllString(s, "")
		t = legalForm.ReplaceAllString(t, "")
		t = strings.TrimRight(t, " ,")
		if t == s {
			break
		}
		s = t
	}
	s = strings.TrimPrefix(s, "The ")
	return s
}

// usable reports a name worth listing (see the selection rule): one
// with no word of digits alone, which names a share class or a series.
func usable(s string) bool {
	if !listgen.LatinName(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if strings.Trim(w, "0123456789.,&-") == "" {
			return false
		}
	}
	return true
}

// selectOrgs applies the selection rule, returning the entries sorted by
// name.
func selectOrgs(companies, universities []string, gov []listgen.Entry, words map[string]bool) []listgen.Entry {
	// a one-word name that the word list holds in lower case but not as
	// written is a common word: "Together", "Target"
	isCommon := func(s string) bool {
		return !strings.Contains(s, " ") && s != strings.ToUpper(s) && words[strings.ToLower(s)] && !words[s]
	}
	var es listgen.Entries
	keep := func(s string) bool { return usable(s) && !isCommon(s) }
	add := func(name string, aliases ...string) { es.AddKept(keep, name, aliases...) }
	for _, c := range companies {
		name := companyName(c)
		if m := kindWord.FindStringSubmatch(name); m != nil {
			add(name, strings.TrimPrefix(m[1], "The "))
		} else {
			add(name)
		}
	}
	for _, u := range universities {
		add(strings.Join(strings.Fields(u), " "))
	}
	for _, g := range gov {
		var aliases []string
		for _, a := range g.Aliases {
			aliases = append(aliases, strings.Join(strings.Fields(a), " "))
		}
		add(strings.Join(strings.Fields(g.Name), " "), aliases...)
	}
	return es.List()
}

// render writes the list: a header saying where it comes from, then one
// entry a line, "Name | alias; alias".
func render(orgs []listgen.Entry, rows []int, sums []string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `# Government bodies, listed companies and universities, generated by
# internal/cmd/genorgs; do not edit. A feature of the names model, never a
# rule.
#
# Licence: the company names are from Data Packages under the Open Data
# Commons Public Domain Dedication and Licence; the US federal bodies are
# from CISA's dotgov-data (CC0); the UK government's organisations contain
# public sector information licensed under the Open Government Licence
# v3.0; the university names are an adaptation of Hipo's
# university-domains-list, MIT licence, with this notice: Copyright (c)
# 2014-2025 Hipo. Permission is hereby granted, free of charge, to any
# person obtaining a copy of this software and associated documentation
# files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and
# to permit persons to whom the Software is furnished to do so, subject to
# the following conditions: The above copyright notice and this permission
# notice shall be included in all copies or substantial portions of the
# Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
# KIND, EXPRESS OR IMPLIED.
#
# Sources: %s, %d rows, SHA-256 %s;
# %s, %d rows, SHA-256 %s;
# %s, %d rows, SHA-256 %s;
# %s, %d names, SHA-256 %s;
# %s, %d names, SHA-256 %s;
# %s, %d names, SHA-256 %s;
# %s, %d organisations, SHA-256 %s;
# words from the SCOWL English word list (Debian's wamerican), file
# %s, SHA-256 %s.
#
# Rule: a government body's name as written, with its other names and
# abbreviations as aliases; a security's company name less its share class, legal form and a
# leading "The" (and, when it ends in Corporation, Company, Holdings or
# Group, the name without that word as an alias), no fund, trust, note,
# warrant, preferred share or blank-cheque company; a university's name as
# written; a name in Latin letters with a capital; a one-word name the
# word list holds in lower case but not as written is left out; an alias
# two entries share is left out of both. No entry was added or removed by
# hand. %d entries. One a line, in the format of known-bodies.txt.
`, sp500File, rows[0], sums[0], nasdaqFile, rows[1], sums[1], otherFile, rows[2], sums[2],
		universityFile, rows[3], sums[3], agenciesFile, rows[4], sums[4], federalFile, rows[5], sums[5],
		govukFile, rows[6], sums[6], wordsFile, sums[7], len(orgs))
	listgen.WriteEntries(&b, orgs)
	return b.Bytes()
}
