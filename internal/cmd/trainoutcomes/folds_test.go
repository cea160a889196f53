package main

import (
	"slices"
	"testing"

	"github.com/brief-dev/brief/internal/eval"
)

// foldDocs are n documents of each publisher, folded by family when
// family is set (as main does for -fold-by family).
func foldDocs(family bool, n map[string]int) []*doc {
	var docs []*doc
	for _, p := range []string{"us-treasury", "us-nasa", "whitehouse", "opec", "unaids", "wmo", "bulgaria-mfa"} {
		for range n[p] {
			d := &doc{publisher: p, fold: p}
			if family {
				d.fold = eval.FamilyOf(p)
			}
			docs = append(docs, d)
		}
	}
	return docs
}

// TestInnerFoldsKeepFamilies: folded by family, a government's
// departments share one inner fold, so that no inner fold is scored by a
// model fitted on a sibling; folded by publisher, they may be split.
func TestInnerFoldsKeepFamilies(t *testing.T) {
	n := map[string]int{"us-treasury": 5, "us-nasa": 4, "whitehouse": 3, "opec": 6, "unaids": 2, "wmo": 2, "bulgaria-mfa": 1}
	fold := func(docs []*doc, folds []int) map[string]int {
		out := map[string]int{}
		for i, d := range docs {
			if f, ok := out[d.publisher]; ok && f != folds[i] {
				t.Fatalf("%s's documents in inner folds %d and %d", d.publisher, f, folds[i])
			}
			out[d.publisher] = folds[i]
		}
		return out
	}
	docs := foldDocs(true, n)
	f := fold(docs, innerFolds(docs, 3))
	if f["us-treasury"] != f["us-nasa"] || f["us-nasa"] != f["whitehouse"] || f["unaids"] != f["wmo"] {
		t.Errorf("by family, siblings apart: %v", f)
	}
	if f["opec"] == f["us-treasury"] {
		t.Errorf("by family, the largest two folds together: %v", f)
	}
	// The first twelve documents are the US family's.
	if group, groups := foldIndex(docs); groups != 4 || slices.ContainsFunc(group[:12], func(g int) bool { return g != group[0] }) {
		t.Errorf("by family, foldIndex = %v, %d groups, want 4 (us, opec, un, bulgaria-mfa)", group, groups)
	}
	docs = foldDocs(false, n)
	f = fold(docs, innerFolds(docs, 3))
	if f["us-treasury"] == f["us-nasa"] {
		t.Errorf("by publisher, the two largest publishers (after opec) share a fold: %v", f)
	}
	if _, groups := foldIndex(docs); groups != 7 {
		t.Errorf("by publisher, %d groups, want 7", groups)
	}
}

// TestSummaryRows: a family row for each family with two publishers or
// more, "family: none" for the rest, the publishers outside the US and UK
// families, and all of them.
func TestSummaryRows(t *testing.T) {
	pubs := []string{"bulgaria-mfa", "opec", "uk-fcdo", "unaids", "us-nasa", "us-treasury", "welsh-government", "whitehouse", "wmo"}
	var names []string
	got := map[string][]string{}
	for _, r := range summaryRows(pubs) {
		names = append(names, r.name)
		got[r.name] = r.pubs
	}
	if want := []string{"family: uk", "family: un", "family: us", "family: none", "not us or uk", "all (micro)"}; !slices.Equal(names, want) {
		t.Fatalf("rows %q, want %q", names, want)
	}
	for name, want := range map[string][]string{
		"family: uk":   {"uk-fcdo", "welsh-government"},
		"family: us":   {"us-nasa", "us-treasury", "whitehouse"},
		"family: none": {"bulgaria-mfa", "opec"},
		"not us or uk": {"bulgaria-mfa", "opec", "unaids", "wmo"},
		"all (micro)":  pubs,
	} {
		if !slices.Equal(got[name], want) {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
}
