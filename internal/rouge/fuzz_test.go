package rouge

import (
	"strings"
	"testing"
)

func inUnit(s Score) bool {
	in := func(x float64) bool { return x >= 0 && x <= 1 }
	return in(s.Precision) && in(s.Recall) && in(s.F1)
}

func FuzzCompare(f *testing.F) {
	for _, c := range compareCases {
		f.Add(c.ref, c.cand)
	}
	f.Add(benchRef, benchCand)
	f.Add("\u0130\u212a\xff\xfe", "i k")
	f.Add("yyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n", "sssssssssss ieses alli")
	f.Fuzz(func(t *testing.T, ref, cand string) {
		got := Compare(ref, cand)
		for _, s := range []Score{got.R1, got.R2, got.RL, got.RLsum} {
			if !inUnit(s) {
				t.Fatalf("Compare(%q, %q) = %+v, want values in [0, 1]", ref, cand, got)
			}
		}
		if again := NewScorer().Compare(ref, cand); again != got {
			t.Fatalf("Compare(%q, %q) = %+v with a warm cache, %+v with a cold one", ref, cand, got, again)
		}
		for _, x := range []string{ref, cand} {
			n := len(Tokenize(x))
			self := Compare(x, x)
			if n >= 1 && (self.R1.F1 != 1 || self.RL.F1 != 1 || self.RLsum.F1 != 1) {
				t.Fatalf("Compare(x, x) = %+v for x = %q, want F1 1 for R1, RL, RLsum", self, x)
			}
			if n >= 2 && self.R2.F1 != 1 {
				t.Fatalf("Compare(x, x) = %+v for x = %q, want R2 F1 1", self, x)
			}
			if n == 0 && self != (Scores{}) {
				t.Fatalf("Compare(x, x) = %+v for token-less x = %q, want zeros", self, x)
			}
		}
	})
}

func FuzzStem(f *testing.F) {
	for _, c := range stemCases {
		f.Add(c.word)
	}
	f.Add("\u0130\u0130\u0130")
	f.Add("yyyyyyyyyyyyyyyyyyyyyyyyy")
	f.Add("\xffalli")
	f.Fuzz(func(t *testing.T, w string) {
		got := Stem(w)
		if again := Stem(w); again != got {
			t.Fatalf("Stem(%q) = %q, then %q", w, got, again)
		}
		if w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz0123456789") == "" {
			// Tokenize's tokens stem to non-empty [a-z0-9] strings.
			if got == "" || strings.Trim(got, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
				t.Fatalf("Stem(%q) = %q, want a non-empty [a-z0-9] string", w, got)
			}
		}
	})
}
