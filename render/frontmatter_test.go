package render

import (
	"bytes"
	"strings"
	"testing"
)

// checkFrontMatter fails when appendFrontMatter writes fm otherwise than
// the YAML encoder; want reports whether it must write it at all.
func checkFrontMatter(t *testing.T, fm frontMatter) (written bool) {
	t.Helper()
	got, ok := appendFrontMatter([]byte("x"), &fm)
	if !ok {
		if string(got) != "x" {
			t.Errorf("%+v: declined but appended %q", fm, got)
		}
		return false
	}
	var want bytes.Buffer
	if err := encodeFrontMatter(&want, &fm); err != nil {
		t.Fatalf("%+v: %v", fm, err)
	}
	if string(got[1:]) != want.String() {
		t.Errorf("%+v:\n--- appendFrontMatter\n%s--- yaml\n%s", fm, got[1:], want.String())
	}
	return true
}

// TestFrontMatterMatchesYAML: the front matter written without the YAML
// encoder is the encoder's, byte for byte, and strings whose YAML is not
// plain go to the encoder.
func TestFrontMatterMatchesYAML(t *testing.T) {
	plain := []string{"", "Jaishankar", "S. Jaishankar", "O'Brien", "Ministry of External Affairs (MEA)", "Trinidad & Tobago",
		"/data/in/file-1.txt", "in/a.txt", "Bosnia-Herzegovina", "A, B and C", "yesterday", "Norway", "Nullarbor", "Y2K", "x-", "a.", "brief",
		"/data/in/cnndm_0001.txt", "snake_case", "a_", "Y_2K", "no_", "n_o", "on_off", "a_1"}
	quoted := []string{"yes", "No", "ON", "off", "y", "N", "true", "False", "null", "NULL", "~", "1984", "2024-11-28", "3.5", ".inf",
		"a: b", "a #b", "#a", " a", "a ", "a  b", "-a", "- a", "'a'", "\"a\"", "Côte d'Ivoire", "a\nb", "[a]", "{a}", "*a", "&a", "!a",
		"|a", ">a", "%a", "@a", "`a", "a:", "?a", ".5", "0x10", "a\tb", "\u00a0a",
		"_a", "_", "1_000", "0_1", "_yes", "a _b", "a_ b"}
	for _, s := range plain {
		fm := frontMatter{Title: s, Place: s, Source: s, Generator: "brief", Persons: []string{s, "A B"}, Outcomes: 3}
		if !checkFrontMatter(t, fm) {
			t.Errorf("%q: declined, want written without the encoder", s)
		}
	}
	for _, s := range quoted {
		for _, fm := range []frontMatter{{Title: s, Source: "a.txt", Generator: "brief"}, {Source: s, Generator: "brief"},
			{Source: "a.txt", Generator: "brief", Countries: []string{"France", s}}, {Source: "a.txt", Place: s, Generator: "brief"}} {
			checkFrontMatter(t, fm)
		}
	}
	for _, fm := range []frontMatter{
		{Date: "2024-11-28", Source: "a.txt", Generator: "brief", Organisations: []string{"UN", "NATO"}, Countries: []string{"Niue"}},
		{Date: "2024-1-28", Source: "a.txt", Generator: "brief"},
		{Date: "2024-02-31", Source: "a.txt", Generator: "brief"},
		{Date: "2024-13-01", Source: "a.txt", Generator: "brief"},
		{Date: "2024-02-29", Source: "a.txt", Generator: "brief"},
		{Title: strings.Repeat("Word ", 100) + "end", Source: "a.txt", Generator: "brief"},
		{Source: "a.txt", Generator: "brief", Persons: []string{}, Outcomes: 0},
	} {
		checkFrontMatter(t, fm)
	}
}

// FuzzFrontMatter: on any strings, appendFrontMatter writes what the YAML
// encoder writes, or declines.
func FuzzFrontMatter(f *testing.F) {
	f.Add("Title", "Paris", "in/a.txt", "Jean Dupont", "2024-11-28")
	f.Add("", "", "/x", "yes", "")
	f.Add("a: b", "O'Brien", "x y", "A (B)", "1999-01-01")
	f.Fuzz(func(t *testing.T, title, place, source, name, date string) {
		checkFrontMatter(t, frontMatter{Title: title, Date: date, Place: place, Source: source, Generator: Generator,
			Persons: []string{name}, Organisations: []string{name, title}, Countries: []string{place}, Outcomes: len(name)})
	})
}
