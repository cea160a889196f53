package render

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/summarize"
)

// kindNoteChecks say, for each kind of document, what its note must and
// must not hold, and why. They are checked on the brief, so that they hold
// whatever -update writes into the golden notes.
var kindNoteChecks = map[string]func(t *testing.T, b *briefing.Brief){
	// A readout's reader wants what was agreed: outcomes, and nothing of
	// the other kinds' sections.
	"readout": func(t *testing.T, b *briefing.Brief) {
		if b.OutcomesHeading() != "Key outcomes" || len(b.Outcomes) == 0 {
			t.Errorf("a readout's note lists its outcomes under Key outcomes; got %q, %d", b.OutcomesHeading(), len(b.Outcomes))
		}
		noneOf(t, b, "findings", "recommendations", "announcements", "action items", "speakers", "key facts")
	},
	// A news story leads with its lead: the bottom line is called so and
	// is the story's first statement.
	"news": func(t *testing.T, b *briefing.Brief) {
		if b.BottomLineLabel() != "Lead" || b.BLUF == nil || b.BLUF.Index > 1 {
			t.Errorf("a news note's bottom line is the lead; got %q %+v", b.BottomLineLabel(), b.BLUF)
		}
		noneOf(t, b, "findings", "recommendations", "announcements", "action items", "speakers")
	},
	// A report's outcomes would be its history ("Congress enacted …
	// in 2002"): its note gives findings and recommendations instead, and
	// every recommendation recommends.
	"report": func(t *testing.T, b *briefing.Brief) {
		if b.OutcomesHeading() != "" || len(b.Outcomes) != 0 {
			t.Errorf("a report's note has no outcomes section; got %q, %d", b.OutcomesHeading(), len(b.Outcomes))
		}
		if len(b.Findings) == 0 || len(b.Recommendations) == 0 {
			t.Errorf("a GAO report's note gives findings (%d) and recommendations (%d)", len(b.Findings), len(b.Recommendations))
		}
		for _, r := range b.Recommendations {
			l := strings.ToLower(r.Text)
			if !strings.Contains(l, "recommend") && !strings.Contains(l, "should") {
				t.Errorf("recommendation that recommends nothing: %q", r.Text)
			}
		}
		inSummary := map[int]bool{}
		for _, s := range b.Summary {
			inSummary[s.Index] = true
		}
		for _, f := range b.Findings {
			if inSummary[f.Index] {
				t.Errorf("finding repeats the summary: %q", f.Text)
			}
		}
		noneOf(t, b, "announcements", "action items", "speakers", "key facts")
	},
	// A transcript's note says who spoke and what was decided and owed;
	// its summary, decisions and bottom line are answers, not questions.
	"transcript": func(t *testing.T, b *briefing.Brief) {
		if len(b.Speakers) < 3 || b.OutcomesHeading() != "Decisions" || len(b.ActionItems) == 0 {
			t.Errorf("a meeting's note has speakers (%d), Decisions (%q) and action items (%d)", len(b.Speakers), b.OutcomesHeading(), len(b.ActionItems))
		}
		for _, sp := range b.Speakers {
			if sp.Name == "Q" || len(strings.Fields(sp.Name)) > 4 {
				t.Errorf("speaker %q is no speaker's label", sp.Name)
			}
		}
		decided := map[int]bool{}
		for _, o := range b.Outcomes {
			decided[o.Index] = true
		}
		for _, a := range b.ActionItems {
			if decided[a.Index] {
				t.Errorf("action %q repeats a decision", a.Text)
			}
			if a.Speaker == "" && a.Owner != "" {
				t.Errorf("action %q owed by %q, said by nobody", a.Text, a.Owner)
			}
		}
		for _, s := range b.Summary {
			if isQuestionText(s.Text) {
				t.Errorf("a question in the summary: %q", s.Text)
			}
		}
		noneOf(t, b, "findings", "recommendations", "announcements", "key facts")
	},
	// A speech's note gives what the speaker announced or committed to,
	// in the first person, and no outcomes: a law the speaker once signed
	// is no outcome of the speech.
	"speech": func(t *testing.T, b *briefing.Brief) {
		if b.OutcomesHeading() != "" || len(b.Outcomes) != 0 || len(b.Announcements) == 0 {
			t.Errorf("a speech's note has announcements (%d) and no outcomes (%q, %d)", len(b.Announcements), b.OutcomesHeading(), len(b.Outcomes))
		}
		for _, a := range b.Announcements {
			firstPerson := false
			for _, w := range strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(a.Text, "’", "'")), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
				switch w {
				case "i", "i'm", "i've", "i'll", "we", "we're", "we've", "we'll", "my", "our", "us":
					firstPerson = true
				}
			}
			if !firstPerson {
				t.Errorf("announcement not in the speaker's voice: %q", a.Text)
			}
		}
		for _, s := range b.Summary {
			if strings.HasPrefix(s.Text, "(") && strings.HasSuffix(s.Text, ")") {
				t.Errorf("a stage direction in the summary: %q", s.Text)
			}
		}
		noneOf(t, b, "findings", "recommendations", "action items", "speakers", "key facts")
	},
	// A bill's note summarises what it does; it records no outcome of a
	// meeting.
	"bill": func(t *testing.T, b *briefing.Brief) {
		if len(b.Summary) == 0 {
			t.Error("a bill's note has a summary")
		}
		noneOf(t, b, "announcements", "action items", "speakers", "key facts")
	},
}

// noneOf fails for each named section of b that is not empty.
func noneOf(t *testing.T, b *briefing.Brief, sections ...string) {
	t.Helper()
	sizes := map[string]int{
		"findings": len(b.Findings), "recommendations": len(b.Recommendations), "announcements": len(b.Announcements),
		"action items": len(b.ActionItems), "speakers": len(b.Speakers), "key facts": len(b.KeyFacts),
	}
	for _, s := range sections {
		if sizes[s] != 0 {
			t.Errorf("%s: %d items, want none for a %s", s, sizes[s], b.Kind)
		}
	}
}

func isQuestionText(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(strings.TrimRight(s, `"”’')`), "?") || strings.HasPrefix(s, "Q ")
}

// TestKindNotes checks the note of one public-domain document of each
// kind (testdata/kinds/<kind>.txtar names it in "source", relative to the
// repository root: a sample in samples/kinds): the kind is detected from the text, the note is the
// golden "note.md" byte for byte, it fits one page, and it holds what
// kindNoteChecks asks. Every note, whatever its kind, has a bottom line
// that is a statement (no heading, caption, table row or question), and no
// item that is a figure caption or a table row.
func TestKindNotes(t *testing.T) {
	files, _ := filepath.Glob("testdata/kinds/*.txtar")
	if len(files) != len(kindNoteChecks) {
		t.Fatalf("%d cases for %d kinds", len(files), len(kindNoteChecks))
	}
	for _, file := range files {
		want := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(want, func(t *testing.T) {
			ar := golden.Read(t, file)
			src := strings.TrimSpace(string(golden.File(ar, "source")))
			data, err := os.ReadFile(filepath.Join("..", src))
			if err != nil {
				t.Fatal(err)
			}
			d, err := summarize.Load(src, data, summarize.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sum, err := summarize.Extract(d, summarize.Options{})
			if err != nil {
				t.Fatal(err)
			}
			b := briefing.New(d, sum, briefing.Options{Source: filepath.Base(src)})
			if b.Kind != want {
				t.Fatalf("detected kind %q (%.2f), want %q", b.Kind, b.KindConfidence, want)
			}
			kindNoteChecks[want](t, b)
			if b.BLUF == nil || isQuestionText(b.BLUF.Text) || !endsAsStatement(b.BLUF.Text) {
				t.Errorf("bottom line is no statement: %+v", b.BLUF)
			}
			for _, text := range noteTexts(b) {
				l := strings.ToLower(text)
				if strings.HasPrefix(l, "figure ") || strings.HasPrefix(l, "table ") || strings.Count(text, " | ") >= 2 {
					t.Errorf("a caption or table row in the note: %q", text)
				}
			}
			var md bytes.Buffer
			if err := Markdown(&md, b, nil); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, file, ar, "note.md", md.Bytes(), *update)
			res, err := PDF(io.Discard, b, PDFOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if res.FontSize < 9 {
				t.Errorf("the PDF note shrinks its type to %g pt, below 9", res.FontSize)
			}
		})
	}
}

// noteTexts are the quoted texts of every section of b.
func noteTexts(b *briefing.Brief) []string {
	var out []string
	for _, s := range b.Summary {
		out = append(out, s.Text)
	}
	for _, o := range b.Outcomes {
		out = append(out, o.Text)
	}
	for _, items := range [][]briefing.Item{b.Findings, b.Recommendations, b.Announcements, b.KeyFacts, b.NextSteps} {
		for _, it := range items {
			out = append(out, it.Text)
		}
	}
	for _, a := range b.ActionItems {
		out = append(out, a.Text)
	}
	return out
}

func endsAsStatement(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `"”’')`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}
