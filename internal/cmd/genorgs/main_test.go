package main

import (
	"reflect"
	"testing"

	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// TestCompanyName: a security's row gives its company's name less its
// share class, legal form and a leading "The"; a fund's, a note's or a
// blank-cheque company's row gives none.
func TestCompanyName(t *testing.T) {
	for cell, want := range map[string]string{
		"Quorvex Therapeutics, Inc. - Common Stock":              "Quorvex Therapeutics",
		"Zandor Corporation Common Stock ":                       "Zandor Corporation",
		"Brightwell SE - American Depositary Shares":             "Brightwell",
		"The Harlow Company":                                     "Harlow Company",
		"Ostrava Holdings plc Class A Ordinary Shares":           "Ostrava Holdings",
		"Meridian Income Fund":                                   "",
		"Arbor Acquisition Corp. - Class A Ordinary Shares":      "",
		"Kestrel Energy 6.25% Notes due 2031":                    "",
		"Nimbus Bank (Class A)":                                  "Nimbus Bank",
		"Pellucid Systems N.V.":                                  "Pellucid Systems",
		"Tamsin Trust of Beneficial Interest - Depositary Units": "",
	} {
		if got := companyName(cell); got != want {
			t.Errorf("companyName(%q) = %q, want %q", cell, got, want)
		}
	}
}

// TestSelect: companies, universities and government bodies become
// entries with their aliases; a one-word common word, a name in another
// script and an alias two entries share are left out.
func TestSelect(t *testing.T) {
	words := listgen.Words([]byte("together\nharbor\nHarbor\n"))
	got := selectOrgs(
		[]string{"Zandor Corporation Common Stock", "Together Inc.", "Harbor Inc.", "Quorvex Group"},
		[]string{"University of Ruritania", "Руританский университет"},
		[]listgen.Entry{
			{Name: "Ruritania Export Finance", Aliases: []string{"REF", "Export Credits Office"}},
			{Name: "Royal Engineering Fund", Aliases: []string{"REF"}},
		},
		words)
	want := []listgen.Entry{
		{Name: "Harbor"},
		{Name: "Quorvex Group", Aliases: []string{"Quorvex"}},
		{Name: "Royal Engineering Fund"},
		{Name: "Ruritania Export Finance", Aliases: []string{"Export Credits Office"}},
		{Name: "University of Ruritania"},
		{Name: "Zandor Corporation", Aliases: []string{"Zandor"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// TestBadSource: a table without its column or rows is an error, not an
// empty list.
func TestBadSource(t *testing.T) {
	for _, src := range []string{
		"",
		"Symbol,Name\nQRX,Quorvex\n",
		"Symbol,Company Name,ETF,Test Issue\n",
	} {
		if _, err := readColumn([]byte(src), companyColumn, true); err == nil {
			t.Errorf("%q read without error", src)
		}
	}
	if _, err := readUniversities([]byte(`[]`)); err == nil {
		t.Error("an empty university list read without error")
	}
	if _, err := readGovUK([]byte(`[{"key":"D1"}]`)); err == nil {
		t.Error("a GOV.UK list without names read without error")
	}
}
