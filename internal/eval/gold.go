package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// GoldDoc is the annotation of one document in the scheme of the
// project's briefing gold sets (README of eval/briefing): its parties and
// its outcomes. Fields the scorer does not read are left out.
type GoldDoc struct {
	ID      string `json:"id"`
	Parties struct {
		Persons       []GoldPerson  `json:"persons"`
		Organisations []GoldOrg     `json:"organisations"`
		Countries     []GoldCountry `json:"countries"`
	} `json:"parties"`
	// CountriesOptional are countries that are neither required nor an
	// error to predict, as in_name_only organisations are. gold_score.py
	// has no such field (the dev set needs none); the White House set's
	// annotations use it.
	CountriesOptional []string `json:"countries_optional,omitempty"`
	// NoOutcomes marks a document that records no outcome: Outcomes is
	// empty and every pick that is not acceptable is wrong.
	NoOutcomes bool          `json:"no_outcomes,omitempty"`
	Outcomes   []GoldOutcome `json:"outcomes"`
	// Acceptable are the other sentences a system may pick without error.
	Acceptable []string `json:"acceptable_outcomes"`
	// OtherNamed are the names the text gives that are no party: events,
	// programmes, documents, places (the annotation's other_named).
	OtherNamed []string `json:"other_named,omitempty"`
	// Source says where the text came from; Publisher is what a
	// leave-one-publisher-out evaluation groups documents by.
	Source struct {
		Publisher string `json:"publisher,omitempty"`
	} `json:"source"`
}

// GoldPerson is a named person: the canonical name, the honorific or rank
// before it, the office as the text states it (empty when it gives none),
// and the surface forms that refer to the person.
type GoldPerson struct {
	Name     string   `json:"name"`
	Title    string   `json:"title"`
	Role     string   `json:"role"`
	Mentions []string `json:"mentions"`
}

// GoldOrg is a named body with its other names. InNameOnly bodies (named
// only inside a title) are optional: missing or predicting them is no
// error.
type GoldOrg struct {
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	InNameOnly bool     `json:"in_name_only,omitempty"`
}

// GoldCountry is a country with the forms the text names it by.
type GoldCountry struct {
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
}

// GoldOutcome is a primary outcome; rank 1 is the most important.
type GoldOutcome struct {
	Rank int    `json:"rank"`
	Text string `json:"text"`
	Kind string `json:"kind,omitempty"`
}

// ReadGold reads the gold set in the root of fsys, in file-name order.
// An error about one file is an *fs.PathError that names it.
// Two layouts are read: the dev set's, one NN.json per document whose "id"
// names it, and the White House set's (testdata/whitehouse), one
// NAME.gold.json per document named by its file, with outcomes as
// {"primary", "acceptable"}, organisations flagged "optional" and countries
// as plain names. A NAME.gold.json in the dev set's scheme (with
// "parties", as in testdata/corpus) is read as such, named by its file.
// When a folder has *.gold.json files, only they are annotations
// (NAME.json beside them may be predictions).
func ReadGold(fsys fs.FS) ([]GoldDoc, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var names, goldNames []string
	for _, e := range entries {
		switch n := e.Name(); {
		case e.IsDir():
		case strings.HasSuffix(n, ".gold.json"):
			goldNames = append(goldNames, n)
		case strings.HasSuffix(n, ".json"):
			names = append(names, n)
		}
	}
	whiteHouse := len(goldNames) > 0
	if whiteHouse {
		names = goldNames
	}
	if len(names) == 0 {
		return nil, errors.New("no annotations (*.json) found")
	}
	docs := make([]GoldDoc, 0, len(names))
	seen := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var d GoldDoc
		switch {
		case whiteHouse && !hasParties(data):
			d, err = decodeWhiteHouse(data)
			d.ID = strings.TrimSuffix(path.Base(name), ".gold.json")
		case whiteHouse:
			// the dev set's scheme in a NAME.gold.json (testdata/corpus):
			// the file names the document, as its text is NAME.txt
			err = json.Unmarshal(data, &d)
			d.ID = strings.TrimSuffix(path.Base(name), ".gold.json")
			d.fill()
		default:
			err = json.Unmarshal(data, &d)
			d.fill()
		}
		if err == nil && d.ID == "" {
			err = errors.New(`no "id"`)
		}
		if prev, ok := seen[d.ID]; ok && err == nil {
			err = fmt.Errorf("id %q is also %s's", d.ID, prev)
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		seen[d.ID] = name
		docs = append(docs, d)
	}
	return docs, nil
}

// hasParties reports whether an annotation is in the dev set's scheme,
// whose people, bodies and countries are under "parties".
func hasParties(data []byte) bool {
	var probe struct {
		Parties json.RawMessage `json:"parties"`
	}
	return json.Unmarshal(data, &probe) == nil && len(probe.Parties) > 0
}

// decodeWhiteHouse reads one annotation of the White House set.
func decodeWhiteHouse(data []byte) (GoldDoc, error) {
	var w struct {
		Persons []struct {
			Name string `json:"name"`
			Role string `json:"role"`
		} `json:"persons"`
		Organisations []struct {
			Name     string   `json:"name"`
			Aliases  []string `json:"aliases"`
			Optional bool     `json:"optional"`
		} `json:"organisations"`
		Countries         []string `json:"countries"`
		CountriesOptional []string `json:"countries_optional"`
		Outcomes          struct {
			Primary    []string `json:"primary"`
			Acceptable []string `json:"acceptable"`
		} `json:"outcomes"`
		NoOutcomes bool `json:"no_outcomes"`
	}
	var d GoldDoc
	if err := json.Unmarshal(data, &w); err != nil {
		return d, err
	}
	for _, p := range w.Persons {
		d.Parties.Persons = append(d.Parties.Persons, GoldPerson{Name: p.Name, Role: p.Role, Mentions: []string{}})
	}
	for _, o := range w.Organisations {
		d.Parties.Organisations = append(d.Parties.Organisations, GoldOrg{Name: o.Name, Aliases: o.Aliases, InNameOnly: o.Optional})
	}
	for _, c := range w.Countries {
		d.Parties.Countries = append(d.Parties.Countries, GoldCountry{Name: c, Mentions: []string{}})
	}
	d.CountriesOptional = w.CountriesOptional
	for i, t := range w.Outcomes.Primary {
		d.Outcomes = append(d.Outcomes, GoldOutcome{Rank: i + 1, Text: t})
	}
	d.Acceptable = w.Outcomes.Acceptable
	d.NoOutcomes = w.NoOutcomes
	d.fill()
	return d, nil
}

// fill gives every list a value, so that the document written back as
// JSON is one gold_score.py reads: it iterates over the lists without
// looking for null.
func (d *GoldDoc) fill() {
	nonNil := func(s *[]string) {
		if *s == nil {
			*s = []string{}
		}
	}
	if d.Parties.Persons == nil {
		d.Parties.Persons = []GoldPerson{}
	}
	for i := range d.Parties.Persons {
		nonNil(&d.Parties.Persons[i].Mentions)
	}
	if d.Parties.Organisations == nil {
		d.Parties.Organisations = []GoldOrg{}
	}
	for i := range d.Parties.Organisations {
		nonNil(&d.Parties.Organisations[i].Aliases)
	}
	if d.Parties.Countries == nil {
		d.Parties.Countries = []GoldCountry{}
	}
	for i := range d.Parties.Countries {
		nonNil(&d.Parties.Countries[i].Mentions)
	}
	if d.Outcomes == nil {
		d.Outcomes = []GoldOutcome{}
	}
	nonNil(&d.Acceptable)
}
