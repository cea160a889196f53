package main

import (
	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/summarize"
)

// doc is one annotated document, read and summarised once.
type doc struct {
	gold      eval.GoldDoc
	publisher string
	set       string // the gold folder's name
	d         *summarize.Document
	sum       *summarize.Summary
	cands     []briefing.OrgCandidate
	labels    []float64 // of cands: 1, 0, or -1 (left out)
	pcands    []briefing.PersonCandidate
	plabels   []float64 // of pcands: 1 or 0
}

// load reads the annotated documents of sets (eval.LoadAnnotated, which
// trainoutcomes reads too, so the two trainers hold out the same
// publishers), with the texts kept out of the repository under texts, and
// counts the annotations it skipped for want of their text.
func load(sets, texts string) ([]*doc, int, error) {
	ann, without, err := eval.LoadAnnotated(sets, texts)
	if err != nil {
		return nil, 0, err
	}
	docs := make([]*doc, len(ann))
	for i, a := range ann {
		docs[i] = &doc{gold: a.Gold, publisher: a.Publisher, set: a.Set, d: a.Doc, sum: a.Summary}
	}
	return docs, without, nil
}

// publishers lists the distinct publishers of docs, sorted.
func publishers(docs []*doc) []string {
	return eval.Publishers(docs, func(d *doc) string { return d.publisher })
}
