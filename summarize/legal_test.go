package summarize

import "testing"

func TestIsLegalHeading(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"SEC. 2. FINDINGS.", true},
		{"SECTION 1. SHORT TITLE.", true},
		{"SEC. 4. TOBACCO PRODUCTS VENDING MACHINE AND FREE SAMPLE BAN IN FEDERAL BUILDINGS.", true},
		{"Sec. 101. Definitions.", true},
		{"TITLE I--GENERAL PROVISIONS", true},
		{"Subtitle A—Grants to States", true},
		{"SEC. 2A. AUTHORITY.", true},
		{"SEC. 2.", true},
		{"Section 105 of ARRA required the Secretary to allocate funds.", false},
		{"Section 2 of the Act", false},
		{"Title I, Section 105 of ARRA required the Secretary of Agriculture to allocate", false},
		{"SEC. 3. the term means an individual under the age of 18 years and any other person who is not an adult under the law of the State.", false},
		{"Secretary of State Blinken met with", false},
		{"SECTIONS", false},
	} {
		if got := isLegalHeading(c.in); got != c.want {
			t.Errorf("isLegalHeading(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A bill's numbered section headings are headings: not sentences, and the
// section of the text under them; a lead-in ending in "--" is text.
func TestBillStructure(t *testing.T) {
	src := "SECTION 1. SHORT TITLE.\n\nThis Act may be cited as the ``Rural Libraries Act''.\n\n" +
		"SEC. 2. FINDINGS.\n\nThe Congress finds that--\n\n(1) rural libraries are few; and\n\n(2) they matter.\n\n" +
		"SEC. 3. GRANTS.\n\nThe Secretary shall award grants to rural libraries.\n"
	d, err := Parse([]byte(src), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, section string }{
		{"This Act may be cited as the ``Rural Libraries Act''.", ""},
		{"The Congress finds that--", "SEC. 2. FINDINGS."},
		{"rural libraries are few; and", "SEC. 2. FINDINGS."},
		{"they matter.", "SEC. 2. FINDINGS."},
		{"The Secretary shall award grants to rural libraries.", "SEC. 3. GRANTS."},
	}
	if len(d.Sentences) != len(want) {
		for _, s := range d.Sentences {
			t.Logf("%q [%s]", s.Text, s.Section)
		}
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(want))
	}
	for i, w := range want {
		if s := d.Sentences[i]; s.Text != w.text || s.Section != w.section {
			t.Errorf("sentence %d = %q under %q, want %q under %q", i, s.Text, s.Section, w.text, w.section)
		}
	}
}

func TestIsPageFurniture(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Introduction ........................ 1", true},
		{"Findings . . . . . . . 12", true},
		{"Summary……… iv", true},
		{"Page 3", true},
		{"Page 3 of 40", true},
		{"- 12 -", true},
		{"— iv —", true},
		{"12", true},
		{"Introduction", false},
		{"The report has 12 pages.", false},
		{"He said... 3", false},
		{"Wait.... 2024", false}, // a year, not a page: too many digits
		{"Mix", false},
		{"vi", false}, // a bare word could be a name or a heading: only digits stand alone
		{"", false},
	} {
		if got := isPageFurniture(c.in); got != c.want {
			t.Errorf("isPageFurniture(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// Contents entries and page numbers are kept out of the sentences.
func TestPageFurnitureNotSentences(t *testing.T) {
	src := "Report on Rural Libraries\n\nContents\n\nIntroduction ........ 1\nBackground .......... 3\n\n" +
		"Introduction\n\nRural libraries serve millions of people.\n\nPage 3 of 40\n\n- 4 -\n\nBackground\n\nThe first one opened in 1890.\n"
	d, err := Parse([]byte(src), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		got = append(got, s.Text)
	}
	want := []string{"Rural libraries serve millions of people.", "The first one opened in 1890."}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("sentences %q, want %q", got, want)
	}
}
