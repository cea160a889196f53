package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFurnitureLines: each rule that keeps a line out of the sentences
// takes an example of what it is for and leaves a near miss alone.
func TestFurnitureLines(t *testing.T) {
	for _, c := range []struct {
		rule        string
		is          func(string) bool
		match, miss string
	}{
		{"caption", isCaption, "Figure 3. Share of adults who voted, 2000-2020", "Figure 3 shows that more adults voted."},
		{"caption", isCaption, "Table A-2: Outlays by account", "Table salt prices rose 2% in 2023."},
		{"caption", isCaption, "Exhibit 4", "Exhibit hall opens on Monday"},
		{"caption", isCaption, "Table: Revenues and outlays, trillions of dollars", "Tables: see the annex."},
		{"caption", isCaption, "Source: CRS analysis of Census Bureau data.", "Sources say the talks ended."},
		{"source line", IsSourceLine, "Sources: OMB; CBO.", "Sourced from the OMB tables, the data show a rise."},
		{"note line", isNoteLine, "Notes: Figures are rounded.", "Noted: the chair thanked the members."},
		{"footnote", isFootnote, "12 See CRS Report R45100, by A. Author.", "12 states signed the compact."},
		{"footnote", isFootnote, "3 For more on the formula, see the guidance.", "3 Formulas for aid"},
		{"footnote", isFootnote, "¹ Ibid., p. 4.", "1 Introduction"},
		{"footnote", isFootnote, "[3] Smith, Poverty in America, 2020.", "[Read the report](https://example.org)"},
		{"footnote", isFootnote, "[^2]: Available at the agency's site.", "[2024] was a good year."},
		{"footnote", isFootnote, "7 https://www.census.gov/data.html", "7 seats went to the opposition."},
		{"table row", func(s string) bool { return isTableRow(s, false) }, "| 2023 | 4.1% | 6.1 |", "Revenue | the money a state raises."},
		{"table row", func(s string) bool { return isTableRow(s, false) }, "|---|---:|", "|pipe at the start only"},
		{"table row", func(s string) bool { return isTableRow(s, false) }, "Alabama\t12.4\t3,100", "Name:\tJohn Smith"},
		{"table row", func(s string) bool { return isTableRow(s, true) }, "Defense    805    842", "The talks ended.  Both sides agreed to meet in 2025."},
		{"table row", func(s string) bool { return isTableRow(s, true) }, "Rural    Urban    Suburban", "MS. REYNOSO:  Good morning, everyone.  Again, my name is"},
		{"table row", func(s string) bool { return isTableRow(s, true) }, "Housing\tFY2019\tFY2024", "2019.  In 2020 it fell"},
		{"loose table row", func(s string) bool { return isTableRow(s, true) }, "Total 1,234 56.7% $8.9", "In 2019 and 2020 sales rose 5%."},
		{"loose table row", func(s string) bool { return isTableRow(s, true) }, "Defense 805 842", "3.2 2020 Census"},
		{"loose table row", func(s string) bool { return isTableRow(s, true) }, "2019 2020 2021", "12 June 2025"},
		{"loose table row", func(s string) bool { return isTableRow(s, true) }, "(1,234) -3% — n/a", "COVID-19 cases 2020 2021"},
		{"notes heading", isNotesHeading, "Endnotes", "Notes on the Budget Process"},
		{"notes heading", isNotesHeading, "7. References:", "Referendum"},
		{"notes heading", isNotesHeading, "Works Cited", "Works"},
		{"notes heading", isNotesHeading, "Notes to Editors", "Editors"},
		{"contents heading", func(s string) bool { return contentsHeadings()[headingKey(s)] }, "Table of Contents", "Contents of the Agreement"},
		{"contents entry", endsWithPageNumber, "Issues for Congress 9", "Issues for Congress in 2024"},
		{"contents entry", endsWithPageNumber, "Summary iv", "The count rose to 12."},
	} {
		if !c.is(c.match) {
			t.Errorf("%s: %q not taken", c.rule, c.match)
		}
		if c.is(c.miss) {
			t.Errorf("%s: near miss %q taken", c.rule, c.miss)
		}
	}
	// a wrapped line of prose is not a row of figures, however numeric,
	// nor are cells set apart by two spaces inside a paragraph
	if isTableRow("12 2020 2021", false) || isTableRow("805    842", false) {
		t.Error("a line of figures taken as a row inside a paragraph")
	}
}

// TestRunningLines: a line at the edge of pages that repeats on three
// pages, digits aside, is a running header; a heading on two pages is
// not; without page breaks only a numbered line whose number rises, a
// dozen lines apart, is one, and a recurring speaker's name never.
func TestRunningLines(t *testing.T) {
	page := func(n int, head, body string) string {
		return "Rural Aid\n" + head + body + "\nCRS Report " + string(rune('0'+n)) + "\n"
	}
	text := "Rural Aid Programs\n\n" + page(1, "Findings\n", "The program reached 386 counties.") + "\f" +
		page(2, "", "The second year brought more.") + "\f" + page(3, "Findings\n", "Poverty fell in a third.") + "\f" +
		page(4, "", "Congress may revisit the rule.")
	d, err := Parse([]byte(text), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var meta, headings []string
	for _, b := range d.Blocks {
		switch b.Kind {
		case Meta:
			meta = append(meta, b.Text)
		case Heading:
			headings = append(headings, b.Text)
		}
	}
	if len(meta) != 8 || strings.Join(headings, "|") != "Findings|Findings" || d.Title != "Rural Aid Programs" {
		t.Errorf("with page breaks: meta %q, headings %q, title %q", meta, headings, d.Title)
	}

	transcript := func(footer func(n int) string) string {
		var b strings.Builder
		for n := 1; n <= 6; n++ {
			b.WriteString("MS. JONES:\n")
			for i := 0; i < 12; i++ {
				b.WriteString("We discussed the budget for the library at some length today.\n")
			}
			b.WriteString(footer(n) + "\n\n")
		}
		return b.String()
	}
	text = transcript(func(n int) string { return "Budget Review " + string(rune('0'+n)) })
	running := runningLines(text, nil)
	var got []string
	for _, ln := range splitLines(text) {
		if running[ln.start] {
			got = append(got, ln.text)
		}
	}
	if len(got) != 6 || got[0] != "Budget Review 1" {
		t.Errorf("without page breaks: running lines %q, want the six numbered footers only", got)
	}
	// a number that does not rise is not a page number
	if r := runningLines(transcript(func(int) string { return "Item 1" }), nil); len(r) != 0 {
		t.Errorf("lines whose number does not rise taken as running: %d", len(r))
	}
}

// TestDistributorLines runs the examples of furniture.txt's
// [distributor-lines]: each expression matches its "+" lines and not its
// "-" near misses, alone and pre-tested as the reader runs it, and a
// document made of a paragraph and the example keeps only the paragraph
// as its sentence.
func TestDistributorLines(t *testing.T) {
	var each []linePattern
	for _, e := range distributorLines().lines {
		each = append(each, linePattern{e.re, e.match, e.miss})
	}
	testLinePatterns(t, "distributor-lines", each, IsDistributorLine)
}

// TestEndMarks runs the examples of furniture.txt's [end-marks] the same
// way: an end mark is a distributor's line as well, so neither is a
// sentence.
func TestEndMarks(t *testing.T) {
	testLinePatterns(t, "end-marks", endMarks().each, isEndMark)
}

func testLinePatterns(t *testing.T, section string, each []linePattern, is func(string) bool) {
	t.Helper()
	if len(each) == 0 {
		t.Fatalf("furniture.txt has no [%s]", section)
	}
	for _, e := range each {
		if len(e.match) == 0 || len(e.miss) == 0 {
			t.Errorf("%s: needs a + example and a - near miss", e.re)
		}
		for _, m := range e.match {
			if !e.re.MatchString(m) || !is(m) || !IsDistributorLine(m) {
				t.Errorf("%s: does not match its example %q", e.re, m)
			}
			doc := "The two ministers signed an agreement on trade in Geneva today.\n\n" + m + "\n"
			d, err := Parse([]byte(doc), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Sentences {
				if strings.Contains(m, s.Text) {
					t.Errorf("%q: still a sentence in %q", s.Text, doc)
				}
			}
		}
		for _, m := range e.miss {
			if is(m) || IsDistributorLine(m) {
				t.Errorf("%s: matches its near miss %q", e.re, m)
			}
		}
	}
}

// TestBoilerplateHeadings: "About" and a name, and the headings of
// furniture.txt's [boilerplate-headings], open a release's boilerplate; a
// report's "About this report" and prose do not. After some text, the
// paragraphs under such a heading are metadata, no sentences.
func TestBoilerplateHeadings(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"About Example Corp", true},
		{"About NYCRA", true},
		{"## About Example Corp", true},
		{"Media Contacts:", true},
		{"Forward-Looking Statements", true},
		{"About this report", false},
		{"About the Survey", false},
		{"About the Harbour Authority of Avalonia", true},
		{"About the data used", false},
		{"About 300 people attended the summit.", false},
		{"Contacts between the two sides", false},
	} {
		if got := isBoilerplateHeading(c.s); got != c.want {
			t.Errorf("isBoilerplateHeading(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	doc := "Example Corp and Sample Ltd signed a supply agreement today.\n\nAbout Example Corp\n\nExample Corp makes cables in 12 countries.\n"
	d, err := Parse([]byte(doc), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 1 || !strings.HasPrefix(d.Sentences[0].Text, "Example Corp and Sample") {
		t.Errorf("sentences of %q: %+v, want only the first", doc, d.Sentences)
	}
	// at the start, before any text, the heading opens the document
	d, err = Parse([]byte("About Example Corp\n\nExample Corp makes cables in 12 countries.\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 1 {
		t.Errorf("a document that opens with About: %+v, want its sentence kept", d.Sentences)
	}
}

// TestDistributorPretest: the pre-test of each distributor expression
// turns away no line the expression matches (the examples, as written and
// in other cases, with a long s or a Kelvin sign for their letters, and
// every line of the samples), and turns away most lines of prose.
func TestDistributorPretest(t *testing.T) {
	lines := []string{"Next \u212Aeeting", "The ſigned accord"}
	d := distributorLines()
	for _, e := range d.lines {
		for _, m := range append(e.match, e.miss...) {
			lines = append(lines, m, strings.ToUpper(m), strings.ToLower(m),
				strings.ReplaceAll(strings.ReplaceAll(m, "s", "ſ"), "k", "\u212A"))
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no samples")
	}
	prose := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
				prose++
			}
		}
	}
	turned := 0
	for _, l := range lines {
		passed := map[*distributorLine]bool{}
		d.any(l, func(e *distributorLine) bool { passed[e] = true; return false })
		for i := range d.lines {
			if e := &d.lines[i]; !passed[e] {
				if e.re.MatchString(l) {
					t.Errorf("%s: pre-test turns away %q, which it matches", e.re, l)
				}
				turned++
			}
		}
	}
	if turned < prose*len(d.lines)/2 {
		t.Errorf("the pre-tests turned away %d of %d lines × expressions", turned, len(lines)*len(d.lines))
	}
}
