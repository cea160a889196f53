package vocab

import "testing"

// TestShapes: every word of the set passes the filter, and words of other
// lengths or ends are refused.
func TestShapes(t *testing.T) {
	set := []string{"agreed", "signed", "a", "US", "ratify", "x-ray", "é", "naïve"}
	var s Shapes
	for _, w := range set {
		s.Add(w)
	}
	for _, w := range append(set, "", string(make([]byte, 64))) {
		if !s.May(w) || !s.MayBytes([]byte(w)) {
			t.Errorf("%q: refused, want passed", w)
		}
	}
	for _, w := range []string{"agrees", "signs", "ab", "an", "ratifying", "b", "x-rays"} {
		if s.May(w) || s.MayBytes([]byte(w)) {
			t.Errorf("%q: passed, want refused", w)
		}
	}
}
