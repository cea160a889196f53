//go:build ignore

// Command topred turns annotations in the dev set's scheme (NAME.gold.json,
// as in testdata/corpus) into predictions in gold_score.py's JSON Lines
// format, so that one annotator's annotation can be scored against
// another's with `brief eval --gold DIR --score PRED.jsonl`: that is how the
// agreement figures in README.md are computed.
//
//	go run testdata/corpus/agreement/topred.go FILE.gold.json... > PRED.jsonl
//
// Each document becomes one line, keyed by its file name: every person
// (name, with title and role joined as the predicted title), the required
// organisations with their aliases (in_name_only bodies are optional in the
// scheme, so they are not predicted: an annotator who lists a body only as
// optional does not claim that an extractor must find it), the countries,
// and the primary outcomes in rank order (none for a no_outcomes document).
// Acceptable outcomes are not predicted: they are what the other side's
// precision is measured against.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type gold struct {
	Parties struct {
		Persons []struct {
			Name  string `json:"name"`
			Title string `json:"title"`
			Role  string `json:"role"`
		} `json:"persons"`
		Organisations []struct {
			Name       string   `json:"name"`
			Aliases    []string `json:"aliases"`
			InNameOnly bool     `json:"in_name_only"`
		} `json:"organisations"`
		Countries []struct {
			Name string `json:"name"`
		} `json:"countries"`
	} `json:"parties"`
	Outcomes []struct {
		Rank int    `json:"rank"`
		Text string `json:"text"`
	} `json:"outcomes"`
}

type item struct {
	Name    string   `json:"name"`
	Title   string   `json:"title,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

type pred struct {
	ID            string   `json:"id"`
	Persons       []item   `json:"persons"`
	Organisations []item   `json:"organisations"`
	Countries     []string `json:"countries"`
	Outcomes      []string `json:"outcomes"`
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go run topred.go FILE.gold.json... > PRED.jsonl")
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, name := range os.Args[1:] {
		if err := convert(enc, name); err != nil {
			fmt.Fprintf(os.Stderr, "topred: %s: %v\n", name, err)
			os.Exit(1)
		}
	}
}

func convert(enc *json.Encoder, name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		return err
	}
	p := pred{ID: strings.TrimSuffix(filepath.Base(name), ".gold.json"),
		Persons: []item{}, Organisations: []item{}, Countries: []string{}, Outcomes: []string{}}
	for _, x := range g.Parties.Persons {
		p.Persons = append(p.Persons, item{Name: x.Name, Title: strings.TrimSpace(x.Title + " " + x.Role)})
	}
	for _, x := range g.Parties.Organisations {
		if !x.InNameOnly {
			p.Organisations = append(p.Organisations, item{Name: x.Name, Aliases: x.Aliases})
		}
	}
	for _, x := range g.Parties.Countries {
		p.Countries = append(p.Countries, x.Name)
	}
	// outcomes in rank order; the files list them so, but say it here
	out := make([]string, len(g.Outcomes))
	for _, o := range g.Outcomes {
		r := o.Rank - 1
		if r < 0 || r >= len(out) || out[r] != "" {
			return fmt.Errorf("outcome ranks are not 1..%d", len(out))
		}
		out[r] = o.Text
	}
	p.Outcomes = out
	return enc.Encode(p)
}
