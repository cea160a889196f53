package kind

import "testing"

// The column constants index Features by name; they must follow
// featureNames, which the fitted model refers to.
func TestColumnsFollowNames(t *testing.T) {
	for col, want := range map[int]string{
		colLogwords: "logwords", colHeadings: "headings", colSaid: "said", colReadoutcue: "readoutcue",
		colUpper: "upper", colTurnrate: "turnrate", colThirdperson: "thirdperson", colNewscue: "newscue",
		colIssuercue: "issuercue", colSpeakers: "speakers", colIssuertitle: "issuertitle",
	} {
		if featureNames[col] != want {
			t.Errorf("column %d is %q, want %q", col, featureNames[col], want)
		}
	}
	if colIssuertitle != len(featureNames)-1 {
		t.Errorf("last column %d, want %d", colIssuertitle, len(featureNames)-1)
	}
}

func TestIsDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"November 18, 2004":           true,
		"Thursday, December 1, 2016":  true,
		"2025-03-02":                  true,
		"17 Nov. 2004":                true,
		"Office of the Spokesperson":  false, // no digit
		"Section 3. Mandatory review": false, // no month
		"The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai": false, // too long
		"Marine Corps 250": false, // "marine" starts like "mar" but is not a month
	} {
		if got := isDateLine(in); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIssuerTitle(t *testing.T) {
	for in, want := range map[string]float64{
		"Statement from White House Press Secretary on the Shooting\n\nThe President...": 1,
		"READOUT: Deputy Secretary Adeyemo's Meeting\nWASHINGTON - ...":                  1,
		"Joint Communiqué of the Ministers\n\n...":                                       1,
		"Chinese submarine enters Japanese waters\n\nNovember 18, 2004":                  0,
		"Kmart to buy Sears\n\nThe retailer said in a statement...":                      0, // only the title counts
	} {
		if got := issuerTitle(in); got != want {
			t.Errorf("issuerTitle(%q) = %v, want %v", in, got, want)
		}
	}
}

// Speaker labels are counted at the start of a line and after a sentence
// within it, as a transcript whose line breaks were lost has them; a
// label ending its line introduces a quotation and is not a turn.
func TestCountSpeakers(t *testing.T) {
	n := map[string]int{}
	countSpeakers("Chair: Good morning. Member A: Thank you, Chair. Member B: Um, no. Chair: Agreed.", n)
	countSpeakers("Blogger Jane Doe writes:", n)
	countSpeakers("The vote was close. The answer is simple: wait.", n)
	want := map[string]int{"CHAIR:": 2, "MEMBER A:": 1, "MEMBER B:": 1, "THE ANSWER IS SIMPLE:": 1}
	if len(n) != len(want) {
		t.Errorf("labels %v, want %v", n, want)
	}
	for k, v := range want {
		if n[k] != v {
			t.Errorf("%s counted %d times, want %d (all: %v)", k, n[k], v, n)
		}
	}
}

// A short line that the next continues in lower case is a wrapped
// sentence, not a heading; the title is never counted.
func TestHeadingsNotWrappedLines(t *testing.T) {
	wrapped := "Title of the story\nThe minister said the talks, held over two days in the capital,\nwould resume\nin March after the holidays.\nA second round is planned."
	if h := Features(wrapped)[colHeadings]; h != 0 {
		t.Errorf("headings of a wrapped text %v, want 0", h)
	}
	report := "Title\n\nSummary\n\nThe agency found three problems.\n\nRecommendations\n\nThe agency should fix them."
	if h := Features(report)[colHeadings]; h != 2.0/5 {
		t.Errorf("headings of a report %v, want 2/5", h)
	}
}
