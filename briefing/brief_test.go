package briefing

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/summarize"
)

var update = flag.Bool("update", false, "rewrite golden files")

// parse reads a test document.
func parse(t testing.TB, text []byte) *summarize.Document {
	t.Helper()
	d, err := summarize.Parse(text, summarize.ReadOptions{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

// briefOf makes the brief of d as a note does: the default summary, then
// New.
func briefOf(tb testing.TB, d *summarize.Document, opt Options) *Brief {
	tb.Helper()
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	return New(d, sum, opt)
}

// TestGolden checks the JSON brief of every testdata/*.txtar case: the
// archive holds an "input" file and the expected "brief.json".
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar := golden.Read(t, file)
			input := golden.File(ar, "input")
			if input == nil {
				t.Fatal("no input file")
			}
			b := briefOf(t, parse(t, input), Options{Source: filepath.Base(file)})
			got, err := json.MarshalIndent(b, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, file, ar, "brief.json", append(got, '\n'), *update)
		})
	}
}

// foundingInput is the founding sample's text, from its golden case.
func foundingInput(t *testing.T) []byte {
	t.Helper()
	ar := golden.Read(t, "testdata/india-russia-irigc.txtar")
	for _, f := range ar.Files {
		if f.Name == "input" {
			return f.Data
		}
	}
	t.Fatal("no input in the founding sample's case")
	return nil
}

// TestFoundingSample pins what the issue asks of the founding sample.
func TestFoundingSample(t *testing.T) {
	input := foundingInput(t)
	b := briefOf(t, parse(t, input), Options{})
	if b.Date != "2024-11-28" {
		t.Errorf("Date = %q, want 2024-11-28", b.Date)
	}
	if b.Place != "Moscow" {
		t.Errorf("Place = %q, want Moscow", b.Place)
	}
	want := []Person{
		{Name: "JP Mathew", Title: "Lieutenant General", Role: "Chief of Integrated Defence Staff", Country: "India"},
		{Name: "Dylevsky Igor Nikolaevich", Title: "Lieutenant General", Role: "Deputy Chief of the Main Operational Directorate of the General Staff of the Russian Federation Armed Forces", Country: "Russia"},
	}
	if len(b.Parties.Persons) != len(want) {
		t.Fatalf("persons = %+v, want %d", b.Parties.Persons, len(want))
	}
	for i, w := range want {
		g := b.Parties.Persons[i]
		if g.Name != w.Name || g.Title != w.Title || g.Role != w.Role || g.Country != w.Country {
			t.Errorf("person %d = %q/%q/%q/%q, want %q/%q/%q/%q", i, g.Name, g.Title, g.Role, g.Country, w.Name, w.Title, w.Role, w.Country)
		}
	}
	found := false
	for _, o := range b.Parties.Organisations {
		if o.Name == "India-Russia Inter-Governmental Commission on Military and Military-Technical Cooperation" {
			found = strings.Contains(strings.Join(o.Aliases, " "), "IRIGC-M&MTC")
		}
	}
	if !found {
		t.Errorf("organisations = %+v, want IRIGC-M&MTC with its expansion", b.Parties.Organisations)
	}
	var cs []string
	for _, c := range b.Parties.Countries {
		cs = append(cs, c.Name)
	}
	if strings.Join(cs, ",") != "India,Russia" {
		t.Errorf("countries = %v, want [India Russia]", cs)
	}
	if len(b.Outcomes) != 5 || b.NoOutcomes {
		t.Errorf("outcomes = %d (no_outcomes %v), want 5", len(b.Outcomes), b.NoOutcomes)
	}
}

// TestEmptyLists checks that empty lists marshal as [] and an unknown date
// as null.
func TestEmptyLists(t *testing.T) {
	for _, b := range []*Brief{New(nil, nil, Options{}), briefOf(t, summarize.FromSentences("", nil), Options{})} {
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if strings.Contains(s, ":null") && !strings.Contains(s, `"date":null`) || strings.Count(s, "null") != 2 {
			t.Errorf("json.Marshal(New(empty)) = %s, want [] for lists and null only for date and bluf", s)
		}
	}
}

// TestNoOutcomes checks that a condolence statement gets no outcomes.
func TestNoOutcomes(t *testing.T) {
	ar := golden.Read(t, "testdata/condolence.txtar")
	b := briefOf(t, parse(t, ar.Files[0].Data), Options{})
	if !b.NoOutcomes || len(b.Outcomes) != 0 {
		t.Errorf("New(condolence) outcomes = %v, no_outcomes %v; want none", b.Outcomes, b.NoOutcomes)
	}
}

func TestTrimItem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Additionally, the two sides agreed.", "The two sides agreed."},
		{"06 A Memorandum of Understanding was exchanged.", "A Memorandum of Understanding was exchanged."},
		{"Furthermore, Admiral Paparo reaffirmed it.", "Admiral Paparo reaffirmed it."},
		{"The leaders met.", "The leaders met."},
	} {
		if got := trimItem(c.in); got != c.want {
			t.Errorf("trimItem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	ar := golden.Read(b, "testdata/india-russia-irigc.txtar")
	d := parse(b, ar.Files[0].Data)
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		New(d, sum, Options{})
	}
}

// TestLanguageNotAnalysed: a document in a language the analysis does not
// read gets no parties or outcomes, and the brief says it was not analysed
// rather than that there are none; English full of foreign names is
// analysed.
func TestLanguageNotAnalysed(t *testing.T) {
	hindi := "विदेश मंत्री ने आज नई दिल्ली में रूस के उप प्रधानमंत्री से मुलाकात की। दोनों पक्षों ने व्यापार समझौते पर हस्ताक्षर किए। अगली बैठक मई में मास्को में होगी।"
	b := briefOf(t, parse(t, []byte(hindi)), Options{})
	if b.Language != "hi" || b.Analysed || b.NoOutcomes || len(b.Outcomes) != 0 || len(b.Parties.Persons) != 0 || len(b.Summary) == 0 {
		t.Errorf("Hindi: language %q, analysed %v, no_outcomes %v, %d outcomes, %d persons, %d summary sentences; want hi, false, false, 0, 0, some",
			b.Language, b.Analysed, b.NoOutcomes, len(b.Outcomes), len(b.Parties.Persons), len(b.Summary))
	}
	en := "Minister Jean-Yves Le Drian met Sheikh Abdullah bin Zayed Al Nahyan in Abu Dhabi. The two ministers signed an agreement on trade."
	if b := briefOf(t, parse(t, []byte(en)), Options{}); !b.Analysed || len(b.Outcomes) == 0 {
		t.Errorf("English with French and Arabic names: language %q, analysed %v, %d outcomes; want analysed with its signing", b.Language, b.Analysed, len(b.Outcomes))
	}
}

// TestQuotesCapped: a document that is one enormous sentence gives a
// brief whose quotes are at most MaxQuote characters, ending in an
// ellipsis, still pointing at their sentence. The document is briefed as a
// readout, whose note quotes the sentence as an outcome too (alone, it
// reads as a report, which has findings instead).
func TestQuotesCapped(t *testing.T) {
	long := "The ministers agreed" + strings.Repeat(" to cut tariffs on steel and aluminium", 20000) + "."
	d := parse(t, []byte(long))
	sum, err := summarize.Extract(d, summarize.Options{Kind: "readout"})
	if err != nil {
		t.Fatal(err)
	}
	b := New(d, sum, Options{})
	texts := []string{b.Title}
	if b.BLUF != nil {
		texts = append(texts, b.BLUF.Text)
	}
	for _, s := range b.Summary {
		texts = append(texts, s.Text)
	}
	for _, o := range b.Outcomes {
		texts = append(texts, o.Text)
	}
	if len(b.Summary) == 0 || len(b.Outcomes) == 0 {
		t.Fatalf("summary %d, outcomes %d: want the one sentence in both", len(b.Summary), len(b.Outcomes))
	}
	for _, s := range texts {
		if n := utf8.RuneCountInString(s); n > MaxQuote {
			t.Errorf("a quote of %d characters, want at most %d", n, MaxQuote)
		}
	}
	if s := b.Summary[0].Text; !strings.HasSuffix(s, "…") || !strings.HasPrefix(s, "The ministers agreed to cut") || b.Summary[0].Index != 0 {
		t.Errorf("summary = %.60q … %q (index %d), want the sentence's start, an ellipsis, index 0", s, s[len(s)-20:], b.Summary[0].Index)
	}
	if got := capQuote("short sentence."); got != "short sentence." {
		t.Errorf("capQuote(short) = %q", got)
	}
}

// TestPrepare: Prepare may run while documents are briefed on other
// goroutines (as batch runs it), and the briefs are those made without it.
func TestPrepare(t *testing.T) {
	input := foundingInput(t)
	d := parse(t, input)
	var got [3][]byte
	var wg sync.WaitGroup
	wg.Go(Prepare)
	for i := range 2 {
		wg.Go(func() {
			sum, err := summarize.Extract(d, summarize.Options{})
			if err != nil {
				t.Error(err)
				return
			}
			got[i], _ = json.Marshal(New(d, sum, Options{}))
		})
	}
	wg.Wait()
	Prepare() // a second call loads nothing again
	got[2], _ = json.Marshal(briefOf(t, d, Options{}))
	if len(got[2]) < 100 || !bytes.Equal(got[0], got[2]) || !bytes.Equal(got[1], got[2]) {
		t.Errorf("briefs made during Prepare differ from one made after it:\n%.200s\n%.200s", got[0], got[2])
	}
}
