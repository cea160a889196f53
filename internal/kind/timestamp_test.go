package kind

import "testing"

func TestTimestampAndLabel(t *testing.T) {
	for _, tc := range []struct {
		s            string
		stamp, label int
	}{
		{"[00:01:23] Alice Chen: Welcome.", 11, 22},
		{"(01:23) Bob: Yes.", 8, 12},
		{"00:01:23 MS. JEAN-PIERRE: Thanks.", 9, 25},
		{"1:02:03.500 Grad A: Okay .", 12, 19},
		{"Alice Chen: Welcome.", 0, 11},
		// near misses: a time in prose, a ratio, a bare time
		{"10:30 is when we start.", 6, 0},
		{"3:1 was the vote.", 0, 0},
		{"[12:00]", 0, 0},
		{"2024 was a good year.", 0, 0},
		{"10:30, the meeting began.", 0, 0},
		{"00:00:05,000 Bob: Yes.", 13, 17},
	} {
		if got := Timestamp(tc.s); got != tc.stamp {
			t.Errorf("Timestamp(%q) = %d, want %d", tc.s, got, tc.stamp)
		}
		if got := SpeakerLabel(tc.s); got != tc.label {
			t.Errorf("SpeakerLabel(%q) = %d, want %d", tc.s, got, tc.label)
		}
	}
}
