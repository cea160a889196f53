package summarize

import (
	"strings"
	"testing"
)

func TestStageDirection(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"(Applause.)", true},
		{"[Laughter]", true},
		{"(Cross-talk.)", true},
		// records of what was done stay
		{"(The meeting adjourned at 11:02 a.m.)", false},
		{"(Motion agreed to)", false},
		// near misses: prose that starts or ends with a bracket
		{"(1) The Secretary shall report to Congress.", false},
		{"The Secretary shall report (annually).", false},
		{"(a) In general.—The Secretary (acting through the Administrator) shall issue rules.", false},
		{"()", false},
	} {
		if got := isStageDirection(tc.line); got != tc.want {
			t.Errorf("isStageDirection(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestSentenceWithTrailingNoteIsNoHeading(t *testing.T) {
	text := "What GAO Recommends\n\nThe Secretary should ensure that the agency assesses call quality. (Recommendation 1)\n\nAgency Comments\n\nThe agency agreed.\n"
	d, err := Parse([]byte(text), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range d.Sentences {
		if strings.HasPrefix(s.Text, "The Secretary should ensure") {
			found = true
		}
	}
	for _, b := range d.Blocks {
		if b.Kind == Heading && strings.HasPrefix(b.Text, "The Secretary") {
			t.Errorf("a recommendation read as a heading: %q", b.Text)
		}
	}
	if !found {
		t.Errorf("the recommendation is no sentence: %+v", d.Sentences)
	}
	if beforeTrailingNote("Findings (2024)") != "Findings" || beforeTrailingNote("Findings") != "Findings" {
		t.Error("beforeTrailingNote")
	}
}

func TestCueTiming(t *testing.T) {
	for s, want := range map[string]bool{
		"WEBVTT":                                 true,
		"00:00:05.000 --> 00:00:09.000":          true,
		"00:00:05,000 --> 00:00:09,000":          true,
		"00:05.000 --> 00:09.000 align:start":    true,
		"The cue runs from 5 --> 9 in the file.": false,
		"10:30 --> the meeting starts":           false,
	} {
		if got := isCueTiming(s); got != want {
			t.Errorf("isCueTiming(%q) = %v", s, got)
		}
	}
	text := "WEBVTT\n\n00:00:05.000 --> 00:00:09.000\nAlice Chen: Welcome everyone, let us start with the budget.\n\n00:00:12.000 --> 00:00:15.000\nBob Ruiz: The budget is ready and I will send it to the board by Friday.\n"
	d, err := Parse([]byte(text), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title == "WEBVTT" || len(d.Sentences) != 2 || !strings.HasPrefix(d.Sentences[0].Text, "Alice Chen:") {
		t.Errorf("title %q, sentences %+v", d.Title, d.Sentences)
	}
}

// TestMetaPrefixesShort: isMetaLine lower-cases only a line's first 64
// bytes to look for these.
func TestMetaPrefixesShort(t *testing.T) {
	for _, p := range metaPrefixes() {
		if len(p) > 64 {
			t.Errorf("meta prefix %q is longer than the 64 bytes isMetaLine reads", p)
		}
	}
}

func TestGlossaryEntry(t *testing.T) {
	for s, want := range map[string]bool{
		"verify – v. to confirm whether something is true": true,
		"novel – adj. new or different from anything else": true,
		"check –v. to find out if something is correct":    true,
		"ferric oxide - n. a red mineral":                  true,
		// near misses: prose with a dash
		"The mineral – v. rare in this form – was found.":        false,
		"Scientists say the planet – red for ages – held water.": false,
		"The rover landed in 2021 - after a long trip.":          false,
	} {
		if got := isGlossaryEntry(s); got != want {
			t.Errorf("isGlossaryEntry(%q) = %v", s, got)
		}
	}
}
