package briefing

import (
	"regexp"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/lazyre/lazyretest"
	"github.com/brief-dev/brief/internal/vocab"
)

// matcher is what every expression of the package offers.
type matcher interface {
	MatchString(string) bool
	String() string
}

// submatcher also returns capture groups.
type submatcher interface {
	FindStringSubmatch(string) []string
}

// exprExample is an expression with a text it must match (and, when want
// is set, the first non-empty group it must capture) and a near miss it
// must not match.
type exprExample struct {
	re          matcher
	match, want string
	miss        string
}

// exprExamples has one entry for every expression the package declares;
// TestExpressionExamples fails for an expression without one, so a rule
// that can never match (as appositiveRE could not while it ended in a
// literal U+0008) is caught.
var exprExamples = map[string]exprExample{
	"citedAs":           {citedAs, "This Act may be cited as the “Clean Water Act of 2025”.", "Clean Water Act of 2025", "This Act may be cited in other laws."},
	"attendanceRE":      {attendanceRE, "The meeting was attended by senior officials.", "", "The minister attended the meeting."},
	"backgroundRE":      {backgroundRE, "The commission was established in 1994 to promote trade.", "", "The commission was established today."},
	"ceremonyRE":        {ceremonyRE, "The President was warmly welcomed by the Prime Minister.", "", "The President welcomed the decision."},
	"namedCommitmentRE": {namedCommitmentRE, "The visit underscores our ironclad commitment to the alliance.", "", "Both sides underscored their commitment to the alliance."},
	"undecidedRE":       {undecidedRE, "A mechanism is needed so that policies can be decided jointly.", "", "The policies were decided jointly."},
	"thanksRE":          {thanksRE, "He expressed his deep gratitude to the hosts.", "", "He expressed concern about the delays."},
	"pastRE":            {pastRE, "Since 2015, the two countries have doubled their trade.", "", "The two countries have doubled their trade since 2015."},
	"tragedyRE":         {tragedyRE, "Statement on the tragic loss of life in the earthquake", "", "Statement on the trade agreement"},
	"lossRE":            {lossRE, "Statement on the Passing of a Former Prime Minister", "", "Statement on the passage of the budget"},
	"meetingRE":         {meetingRE, "Readout of the President's call with Chancellor Scholz", "", "Statement on the anniversary of independence"},
	"subjectRE":         {subjectRE, "Both sides agreed to expand trade.", "", "Several ministers agreed to expand trade."},
	"nextStepRE":        {nextStepRE, "The next meeting will be held in Delhi.", "", "The last meeting took place in Delhi."},
	"eventRE":           {eventRE, "The two leaders met in Washington.", "", "The two countries share a long history."},
	"venueRE":           {venueRE, "The talks took place in New Delhi on Monday.", "New Delhi", "The talks took place in the capital."},
	"venueAtRE":         {venueAtRE, "in New Delhi on Monday.", "New Delhi", "The talks took place in New Delhi."},
	"partyStateRE":      {partyStateRE, "D-Calif.", "", "D-Day"},
	"countryAfterComma": {countryAfterComma, ", France", "France", " France"},
	"issuerTitleRE":     {issuerTitleRE, "Remarks by President Biden in Meeting on Western Wildfires", "President Biden", "President Biden's remarks in a meeting"},
	"issuerPipeRE":      {issuerPipeRE, "Talks conclude | Ministry of External Affairs", "Ministry of External Affairs", "Talks conclude - Ministry of External Affairs"},
	"issuedByRE":        {issuedByRE, "The following statement was issued by the Ministry of Foreign Affairs:", "Ministry of Foreign Affairs", "The ministry issued a statement."},
	// the near miss is the one \b rules out: the word goes on
	"appositiveRE": {appositiveRE, "The deal was signed with Sinopec, a leading Chinese petroleum corporation.", "", "The deal was signed with Sinopec, a leading Chinese petroleum corporations group."},
	"behalfRE":     {behalfRE, ", representing the Maldives", "", " and the Maldives"},
	"signOffRE":    {signOffRE, "Abhijith Narayanan / Samrat", "", "For more information contact the office"},
	"groupRE":      {groupRE, "The Indian delegation was led by the Minister of Commerce.", "Indian", "The delegation discussed trade."},
	"datelineRE":   {datelineRE, "ABU DHABI, (UrduPoint / WAM - 18th Dec, 2020) The minister met", "", "ABU DHABI, 18th Dec, 2020 (The minister met)"},
}

func TestExpressionExamples(t *testing.T) {
	lazyretest.RequireExamples(t, ".", 20, func(name string) bool { _, ok := exprExamples[name]; return ok })
	for name, ex := range exprExamples {
		if !ex.re.MatchString(ex.match) {
			t.Errorf("%s does not match its example %q (expression %s)", name, ex.match, ex.re)
		}
		if ex.re.MatchString(ex.miss) {
			t.Errorf("%s matches its near miss %q", name, ex.miss)
		}
		if ex.want == "" {
			continue
		}
		sm, ok := ex.re.(submatcher)
		if !ok {
			t.Errorf("%s: no groups to check %q against", name, ex.want)
			continue
		}
		got := ""
		for _, g := range sm.FindStringSubmatch(ex.match)[1:] {
			if g != "" {
				got = g
				break
			}
		}
		if got != ex.want {
			t.Errorf("%s on %q captured %q, want %q", name, ex.match, got, ex.want)
		}
	}
}

// TestCueExamples: each cue of cues.txt matches the sentence on its "+"
// line and not the near miss on its "-" line (lower-cased, as classify
// runs the cues), and has both.
func TestCueExamples(t *testing.T) {
	type cueEx struct {
		line        string
		re          *regexp.Regexp
		match, miss []string
	}
	var all []*cueEx
	for _, e := range vocab.Examples("cues.txt")[""] {
		f := strings.SplitN(e.Text, "|", 3)
		if len(f) != 3 {
			t.Fatalf("cues.txt:%d: %q is no cue", e.Line, e.Text)
		}
		all = append(all, &cueEx{line: e.Text, re: regexp.MustCompile(strings.TrimSpace(f[2])), match: e.Match, miss: e.Miss})
	}
	if n := len(getOutcomeCues().cues); n != len(all) {
		t.Fatalf("the loader reads %d cues, the test %d", n, len(all))
	}
	for _, c := range all {
		if len(c.match) == 0 || len(c.miss) == 0 {
			t.Errorf("cue %q: needs a \"+ \" example and a \"- \" near miss", c.line)
		}
		for _, s := range c.match {
			if !c.re.MatchString(strings.ToLower(s)) {
				t.Errorf("cue %q does not match its example %q", c.line, s)
			}
		}
		for _, s := range c.miss {
			if c.re.MatchString(strings.ToLower(s)) {
				t.Errorf("cue %q matches its near miss %q", c.line, s)
			}
		}
	}
}
