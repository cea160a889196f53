package eval

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestFamilyOf(t *testing.T) {
	for pub, want := range map[string]string{
		"us-state-department": "us", "whitehouse": "us", "uk-fcdo": "uk", "welsh-government": "uk",
		"unaids": "un", "lk-pmd": "sri-lanka", "pib": "india", "korea-mofa": "korea",
		"opec": "opec", "us": "us", "usun": "us", "ukraine-mfa": "ukraine-mfa", "unknown-publisher": "unknown-publisher",
	} {
		if got := FamilyOf(pub); got != want {
			t.Errorf("FamilyOf(%q) = %q, want %q", pub, got, want)
		}
	}
}

// TestFamiliesNameCorpusFolders: every publisher families.txt names
// outright is a folder of the corpus (by PublisherOf's names), so that a
// renamed folder does not silently leave its family.
func TestFamiliesNameCorpusFolders(t *testing.T) {
	dirs, err := filepath.Glob("../../testdata/corpus/*/SOURCES.tsv")
	if err != nil || len(dirs) == 0 {
		t.Skip("no corpus folders")
	}
	have := map[string]bool{"whitehouse": true}
	for _, d := range dirs {
		have[PublisherOf(filepath.Dir(d), GoldDoc{})] = true
	}
	byPub, _ := families()
	for p := range byPub {
		if !have[p] {
			t.Errorf("families.txt names %q, which no corpus folder is", p)
		}
	}
}

// TestFamilyRows: a publisher counts with its family only when the
// publishers hold a sibling of it; the rest share "family: none", last.
func TestFamilyRows(t *testing.T) {
	rows := FamilyRows([]string{"us-treasury", "whitehouse", "uk-fcdo", "opec", "unaids"})
	for pub, want := range map[string]string{
		"us-treasury": "family: us", "whitehouse": "family: us",
		"uk-fcdo": "family: none", "opec": "family: none", "unaids": "family: none",
	} {
		if rows[pub] != want {
			t.Errorf("FamilyRows: %s in %q, want %q", pub, rows[pub], want)
		}
	}
	if got := DistinctFamilyRows(rows); !slices.Equal(got, []string{"family: us", "family: none"}) {
		t.Errorf("DistinctFamilyRows = %q", got)
	}
}

// TestFoldKey pins what each -fold-by leaves out together.
func TestFoldKey(t *testing.T) {
	byPub, err := FoldKey("publisher")
	if err != nil || byPub("us-treasury") != "us-treasury" {
		t.Errorf("FoldKey(publisher): %v, us-treasury -> %q", err, byPub("us-treasury"))
	}
	byFam, err := FoldKey("family")
	if err != nil || byFam("us-treasury") != "us" || byFam("opec") != "opec" {
		t.Errorf("FoldKey(family): %v", err)
	}
	if _, err := FoldKey("decade"); err == nil {
		t.Error("FoldKey(decade): no error")
	}
}
