package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/golden"
)

// checkDefaultBody fails when writeDefault and the default template give
// different bodies for b.
func checkDefaultBody(t *testing.T, name string, b *briefing.Brief) {
	t.Helper()
	var want bytes.Buffer
	if err := DefaultTemplate().Execute(&want, b); err != nil {
		t.Fatalf("%s: template: %v", name, err)
	}
	var got cappedBuffer
	if err := writeDefault(&got, b); err != nil {
		t.Fatalf("%s: writeDefault: %v", name, err)
	}
	if !bytes.Equal(got.b, want.Bytes()) {
		t.Errorf("%s: writeDefault differs from the default template:\n--- got\n%s\n--- want (template)\n%s", name, got.b, want.Bytes())
	}
}

// handBriefs are briefs that take every branch of the default template:
// each kind, missing and present fields, not analysed, more parties and
// speakers than a note lists, an action's owner and speaker the same or
// not, and text that Markdown must escape.
func handBriefs() map[string]*briefing.Brief {
	var persons []briefing.Person
	var orgs []briefing.Organisation
	var speakers []briefing.Speaker
	for i := range 11 {
		persons = append(persons, briefing.Person{Name: fmt.Sprintf("Person *%d*", i), Indices: []int{i}})
		orgs = append(orgs, briefing.Organisation{Name: fmt.Sprintf("Body_%d", i), Indices: []int{i}})
		speakers = append(speakers, briefing.Speaker{Name: fmt.Sprintf("SPEAKER %d", i), Turns: i, Words: 100 - i})
	}
	persons[0].Title, persons[0].Role, persons[0].Country = "Dr.", "Minister of [Trade]", "France"
	persons[1].Role = "Envoy"
	persons[2].Country = "Chad"
	orgs[0].Aliases = []string{"B0", "B|0"}
	speakers[1].Detail = "Member for #Somewhere"
	full := &briefing.Brief{
		Title: "A <b>title</b> # with marks", Date: "2024-11-28", Place: "Paris", Issuer: "Ministry of `Things`",
		Source: "in/file_name.txt", BLUF: &briefing.Item{Text: "1. The bottom line."},
		Summary:   []briefing.Scored{{Text: "First *summary* sentence."}, {Text: "- Second."}},
		Outcomes:  []briefing.Outcome{{Text: "They signed it.", Kind: "signed"}, {Text: "A joint view.", Kind: "joint_position"}},
		Analysed:  true,
		Language:  "en",
		Parties:   briefing.Parties{Persons: persons, Organisations: orgs, Countries: []briefing.Country{{Name: "France"}, {Name: "Chad"}}},
		NextSteps: []briefing.Item{{Text: "They meet again in May."}},
		Findings:  []briefing.Item{{Text: "A finding."}}, Recommendations: []briefing.Item{{Text: "A recommendation."}},
		Announcements: []briefing.Item{{Text: "An announcement."}}, KeyFacts: []briefing.Item{{Text: "A fact: 3 > 2."}},
		ActionItems: []briefing.Action{{Text: "I will write.", Owner: "Ann", Speaker: "Ann"}, {Text: "Bob, do it.", Speaker: "Ann"},
			{Text: "We will do it.", Owner: "Team", Speaker: "Ann"}, {Text: "Someone should."}},
		Speakers: speakers,
	}
	out := map[string]*briefing.Brief{
		"empty":        {},
		"not-analysed": {Title: "Titre", Source: "x.txt", Language: "fr", Kind: "readout", Summary: []briefing.Scored{{Text: "Une phrase."}}},
		"no-outcomes":  {Source: "x.txt", Analysed: true, Kind: "readout", Parties: briefing.Parties{Countries: []briefing.Country{{Name: "Niue"}}}},
		"one-speaker":  {Source: "x.txt", Analysed: true, Kind: "transcript", Speakers: []briefing.Speaker{{Name: "A", Turns: 1}}},
		"few-parties": {Source: "x.txt", Analysed: true, Kind: "readout", Parties: briefing.Parties{
			Persons: persons[:2], Organisations: orgs[:1]}},
	}
	for _, k := range []string{"", "readout", "news", "report", "speech", "transcript", "bill"} {
		b := *full
		b.Kind = k
		out["full-"+k] = &b
		b2 := b
		b2.Analysed = false
		out["not-analysed-"+k] = &b2
		b3 := b
		b3.Outcomes = nil
		out["no-outcomes-"+k] = &b3
	}
	return out
}

// TestDefaultBodyMatchesTemplate: the Go rendering of the default body is
// the template's output byte for byte, on hand-made briefs that take
// every branch and on the briefs of the golden documents.
func TestDefaultBodyMatchesTemplate(t *testing.T) {
	for name, b := range handBriefs() {
		checkDefaultBody(t, name, b)
	}
	for file, ar := range goldenCases(t) {
		b, ok := briefOf(golden.File(ar, "input"))
		if !ok {
			t.Fatalf("%s: no document", file)
		}
		checkDefaultBody(t, file, b)
	}
	// the sample of every kind (testdata/kinds names it in "source")
	files, _ := filepath.Glob("testdata/kinds/*.txtar")
	if len(files) == 0 {
		t.Fatal("no documents in testdata/kinds")
	}
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join("..", strings.TrimSpace(string(golden.File(ar, "source")))))
		if err != nil {
			t.Fatal(err)
		}
		b, ok := briefOf(data)
		if !ok {
			t.Fatalf("%s: no document", file)
		}
		checkDefaultBody(t, file, b)
	}
}

// FuzzDefaultBody: the Go rendering of the default body is the template's
// output for the brief of any document.
func FuzzDefaultBody(f *testing.F) {
	pipelineSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if b, ok := briefOf(raw); ok {
			checkDefaultBody(t, "fuzz", b)
		}
	})
}
