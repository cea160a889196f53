package briefing

import (
	"strings"
	"testing"
)

// TestNoteCueExamples: every expression of note-sections.txt matches the
// example written under it and not its near miss, so no entry can sit
// there untested or dead.
func TestNoteCueExamples(t *testing.T) {
	c := getNoteCues()
	for name, ps := range map[string][]notePattern{
		"finding": c.finding, "recommendation": c.recommendation, "decision": c.decision,
		"action": c.action, "announcement": c.announcement, "fact": c.fact, "needs-context": c.needsContext, "self-reference": c.selfReference,
	} {
		if len(ps) == 0 {
			t.Errorf("[%s] is empty", name)
		}
		for _, p := range ps {
			if p.plus == "" || p.minus == "" {
				t.Errorf("[%s] %s: needs a + example and a - near miss", name, p.re)
				continue
			}
			if !p.re.MatchString(cueText(p.plus)) {
				t.Errorf("[%s] %s does not match its example %q", name, p.re, p.plus)
			}
			if p.re.MatchString(cueText(p.minus)) {
				t.Errorf("[%s] %s matches its near miss %q", name, p.re, p.minus)
			}
		}
	}
	if len(c.findingHeadings) == 0 || len(c.recommendationHeadings) == 0 {
		t.Error("heading lists are empty")
	}
}

func TestUnderHeading(t *testing.T) {
	c := getNoteCues()
	for _, tc := range []struct {
		heading string
		want    bool
	}{
		{"What GAO Found", true},
		{"2. Key Findings", true},
		{"IV. Summary of findings", true},
		{"Background", false},
		{"", false},
	} {
		if got := underHeading(tc.heading, c.findingHeadings); got != tc.want {
			t.Errorf("underHeading(%q, findings) = %v", tc.heading, got)
		}
	}
	if !underHeading("Recommendations for Executive Action", c.recommendationHeadings) {
		t.Error("recommendation heading not known")
	}
}

func TestStandsAlone(t *testing.T) {
	for text, want := range map[string]bool{
		"One of those tools is funding.":                      false,
		"However, the grants were delayed.":                   false,
		"This report describes the grants.":                   true,
		"This program was cut in 2020.":                       false,
		"Congress provided $400 million in grants in 2020.":   true,
		"Project Manager: So we've decided on a rubber case.": false,
		"Project Manager: We decided on a rubber case.":       true,
	} {
		if got := standsAlone(text); got != want {
			t.Errorf("standsAlone(%q) = %v", text, got)
		}
	}
}

// TestTranscriptSpeakers: a speaker's name leaves out the time stamp
// before it, turns of one speaker count together, and a phrase before a
// colon in a turn is no speaker.
func TestTranscriptSpeakers(t *testing.T) {
	text := "[00:00:05] Alice Chen: Welcome everyone, let us start with the budget today.\n" +
		"[00:00:12] Bob Ruiz: The budget is ready and I will send it to the board by Friday.\n" +
		"[00:01:02] Alice Chen: Good. The second point: we move the launch to March this year.\n" +
		"[00:01:45] Bob Ruiz: Yes, I will send the revised figures to everyone today.\n"
	a := analyse(parse(t, []byte(text)))
	sh := &shaper{analysis: a, t: newTurns(a)}
	sp := sh.speakers()
	if len(sp) != 2 || sp[0].Name != "Bob Ruiz" && sp[0].Name != "Alice Chen" || sp[0].Turns != 2 || sp[1].Turns != 2 {
		t.Fatalf("speakers %+v, want Alice Chen and Bob Ruiz with two turns each", sp)
	}
	for _, s := range sp {
		if strings.Contains(s.Name, "00:") {
			t.Errorf("speaker %q keeps its time stamp", s.Name)
		}
	}
}
