package summarize

import "testing"

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
