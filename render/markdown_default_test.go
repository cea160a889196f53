package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/summarize"
)

// checkDefaultBody fails t when appendDefaultBody and the default template
// write different bodies for b.
func checkDefaultBody(t *testing.T, b *briefing.Brief) {
	t.Helper()
	var want bytes.Buffer
	if err := DefaultTemplate().Execute(&want, b); err != nil {
		t.Fatal(err)
	}
	if got := appendDefaultBody(nil, b); !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("the hand-written body differs from the template's:\n%s\n---- template:\n%s", got, want.Bytes())
	}
}

// TestDefaultBodyMatchesTemplate checks the hand-written default body
// against the template it stands for: on the briefs of every golden case
// and sample, and on made-up briefs that take each branch of the template
// (every kind, analysed or not, lists longer than a note shows, action
// items with and without owners, one turn and several).
func TestDefaultBodyMatchesTemplate(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		ar := golden.Read(t, file)
		b, ok := briefOf(golden.File(ar, "input"))
		if !ok {
			t.Fatalf("%s: no document", file)
		}
		checkDefaultBody(t, b)
	}
	// the samples, and those of each kind that testdata/kinds names
	samples, _ := filepath.Glob("../samples/*.txt")
	kinds, _ := filepath.Glob("../samples/kinds/*.txt")
	reports, _ := filepath.Glob("../samples/kinds/*.md")
	samples = append(append(samples, kinds...), reports...)
	for _, file := range samples {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := summarize.Load(file, raw, summarize.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := summarize.Extract(d, summarize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkDefaultBody(t, briefing.New(d, sum, briefing.Options{Source: filepath.Base(file)}))
	}
	if len(files) == 0 || len(samples) < 10 {
		t.Fatal("no golden cases or samples")
	}

	full := func() *briefing.Brief {
		b := &briefing.Brief{
			Title: "A *title* #", Date: "2024-11-28", Place: "Paris [x]", Issuer: "The <office>", Source: "a_b.txt",
			BLUF: &briefing.Item{Text: "1. The bottom line"}, Analysed: true, Language: "en",
			Summary:         []briefing.Scored{{Text: "- one"}, {Text: "two  spaced\nlines"}},
			Findings:        []briefing.Item{{Text: "a finding"}},
			Recommendations: []briefing.Item{{Text: "a recommendation"}},
			Announcements:   []briefing.Item{{Text: "an announcement"}},
			KeyFacts:        []briefing.Item{{Text: "a fact"}},
			NextSteps:       []briefing.Item{{Text: "next"}},
			Outcomes:        []briefing.Outcome{{Text: "signed it", Kind: "joint_position"}, {Text: "x", Kind: ""}},
			ActionItems: []briefing.Action{
				{Text: "do a", Owner: "Ann", Speaker: "Ann"}, {Text: "do b", Owner: "Ann", Speaker: "Bob"},
				{Text: "do c", Speaker: "Bob"}, {Text: "do d", Owner: "Cy"}, {Text: "do e"},
			},
		}
		for i := range 11 {
			n := strconv.Itoa(i)
			b.Parties.Persons = append(b.Parties.Persons, briefing.Person{
				Name: "P_" + n, Title: []string{"", "Dr."}[i%2], Role: []string{"", "Minister"}[i%3%2],
				Country: []string{"", "France"}[i%4%2], Indices: make([]int, i%5),
			})
			b.Parties.Organisations = append(b.Parties.Organisations, briefing.Organisation{
				Name: "O|" + n, Aliases: []string{"A" + n, "B_" + n}[:i%3%2*2], Indices: make([]int, 7-i%7),
			})
			b.Parties.Countries = append(b.Parties.Countries, briefing.Country{Name: "C" + n})
			b.Speakers = append(b.Speakers, briefing.Speaker{Name: "S*" + n, Detail: []string{"", "MP"}[i%2], Turns: i % 3})
		}
		return b
	}
	for _, k := range []kind.Kind{kind.Readout, kind.News, kind.Report, kind.Speech, kind.Transcript, kind.Bill, ""} {
		for variant := range 7 {
			b := full()
			b.Kind = string(k)
			switch variant {
			case 1:
				b.Analysed, b.Language = false, "fr"
			case 2:
				*b = briefing.Brief{Kind: string(k), Analysed: true}
			case 3:
				*b = briefing.Brief{Kind: string(k)}
			case 4:
				b.Parties.Persons, b.Parties.Organisations, b.Speakers = b.Parties.Persons[:9], b.Parties.Organisations[:9], b.Speakers[:9]
				b.Outcomes, b.BLUF = nil, nil
			case 6:
				b.Parties.Persons, b.Parties.Organisations, b.Speakers = b.Parties.Persons[:8], b.Parties.Organisations[:2], b.Speakers[:1]
			case 5:
				b.Parties.Persons, b.Parties.Organisations = nil, nil
				b.Parties.Countries = b.Parties.Countries[:1]
			}
			t.Run(string(k)+strconv.Itoa(variant), func(t *testing.T) { checkDefaultBody(t, b) })
		}
	}
}
