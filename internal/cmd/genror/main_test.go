package main

import (
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// TestSelectRecords holds the selection rule to invented records in both
// of ROR's schemas: active bodies of the kept types only, none that is
// also a university; English and language-less names as aliases; common
// one-word names out; a name two records bear left out of both.
func TestSelectRecords(t *testing.T) {
	src := `[
 {"status": "active", "types": ["government"], "names": [
   {"value": "Agency for Invented Tests", "types": ["ror_display", "label"], "lang": "en"},
   {"value": "AIT", "types": ["acronym"], "lang": null},
   {"value": "Agence des essais inventés", "types": ["label"], "lang": "fr"},
   {"value": "Ministry of Tests", "types": ["alias"], "lang": "en"}]},
 {"status": "active", "types": ["nonprofit"], "names": [
   {"value": "Foundation for Sample Data", "types": ["ror_display"], "lang": "en"},
   {"value": "Ministry of Tests", "types": ["alias"], "lang": "en"},
   {"value": "Harbour", "types": ["alias"], "lang": "en"}]},
 {"status": "active", "types": ["education", "funder"], "names": [
   {"value": "University of Examples", "types": ["ror_display"], "lang": "en"}]},
 {"status": "withdrawn", "types": ["company"], "names": [
   {"value": "Gone Example Company", "types": ["ror_display"], "lang": "en"}]},
 {"status": "active", "types": ["Company"], "name": "Sample Widgets Corporation",
  "aliases": ["Sample Widgets"], "acronyms": ["SWC"],
  "labels": [{"label": "Échantillon Widgets", "iso639": "fr"}, {"label": "Widget Samples", "iso639": "en"}]}
]`
	recs, err := listgen.JSONArray[record]([]byte(src), "records")
	if err != nil {
		t.Fatal(err)
	}
	words := listgen.Words([]byte("harbour\nagency\ntests\n"))
	var got []string
	for _, e := range selectRecords(recs, words) {
		got = append(got, e.Name+" | "+strings.Join(e.Aliases, "; "))
	}
	want := []string{
		"Agency for Invented Tests | AIT",
		"Foundation for Sample Data | ",
		"Sample Widgets Corporation | Widget Samples; Sample Widgets; SWC",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("selected:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
