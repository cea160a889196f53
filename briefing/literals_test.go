package briefing

import "testing"

// TestWordShapes: the shape pre-test passes every word of its set (the
// connectors and particles it stands before) and turns words away.
func TestWordShapes(t *testing.T) {
	l := getLex()
	for _, c := range []struct {
		set    map[string]bool
		shapes *wordShapes
	}{{l.connectors, &l.connectorShapes}, {l.particles, &l.particleShapes}} {
		if len(c.set) == 0 {
			t.Fatal("empty list")
		}
		for w := range c.set {
			if !c.shapes.May(w) {
				t.Errorf("%q: turned away by its own set's shapes", w)
			}
		}
	}
	s := shapesOf(map[string]bool{"of": true, "the": true})
	for w, want := range map[string]bool{"of": true, "on": false, "the": true, "tie": true, "tax": false, "said": false, "o": false, "": true, "x": false} {
		if got := s.May(w); got != want {
			t.Errorf("May(%q) = %v, want %v", w, got, want)
		}
	}
}
