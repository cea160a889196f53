package main

import (
	"encoding/json"
	"testing"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
)

// TestLabels: a candidate is labelled by the gold scorer's rule: a form
// of a required body is 1, a body named only inside another name is left
// out, anything else is 0; a person the scorer matches is 1.
func TestLabels(t *testing.T) {
	d := &doc{}
	d.gold.Parties.Organisations = []eval.GoldOrg{
		{Name: "International Monetary Fund", Aliases: []string{"IMF"}},
		{Name: "Antitrust Division", InNameOnly: true},
	}
	d.gold.Parties.Persons = []eval.GoldPerson{{Name: "Jane Roe", Mentions: []string{"Jane Roe", "Roe"}}}
	for _, c := range []struct {
		name    string
		aliases []string
		want    float64
	}{
		{"IMF", nil, 1},
		{"Fund", []string{"International Monetary Fund"}, 1},
		{"Antitrust Division", nil, -1},
		{"Monetary Fund", nil, 0},
	} {
		got := label(d, briefing.OrgCandidate{Organisation: briefing.Organisation{Name: c.name, Aliases: c.aliases}})
		if got != c.want {
			t.Errorf("label(%q %q) = %v, want %v", c.name, c.aliases, got, c.want)
		}
	}
	for name, want := range map[string]float64{"Jane Roe": 1, "Roe": 1, "John Roe": 0} {
		if got := personLabel(d, briefing.PersonCandidate{Person: briefing.Person{Name: name}}); got != want {
			t.Errorf("personLabel(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestFitDeterministic: the trainer fits the same model twice over the
// White House set in the repository, so that go generate rewrites
// names_model.json byte for byte, and the model lists some bodies there.
func TestFitDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("fits a model")
	}
	docs, _, err := load("../../../testdata/whitehouse", "")
	if err != nil {
		t.Fatal(err)
	}
	prepare(docs)
	a, _ := json.Marshal(fitModel(docs, 0.04, 0.005))
	b, _ := json.Marshal(fitModel(docs, 0.04, 0.005))
	if string(a) != string(b) {
		t.Fatal("two fits on the same documents differ")
	}
	m := fitModel(docs, 0.04, 0.005)
	if f := score(predict(docs, m)).Organisations.F1; f < 0.5 {
		t.Errorf("organisations F1 %.2f on the documents it was fitted on, want at least 0.5", f)
	}
}
