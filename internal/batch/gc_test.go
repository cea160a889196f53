package batch

import (
	"runtime/debug"
	"testing"
)

// gcPercent is the collector's target now.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	for _, c := range []struct{ percent, want int }{{0, 100}, {400, 400}, {50, 50}} {
		restore := tuneGC(c.percent)
		if got := gcPercent(); got != c.want {
			t.Errorf("tuneGC(%d): target %d, want %d", c.percent, got, c.want)
		}
		restore()
		if got := gcPercent(); got != 77 {
			t.Errorf("tuneGC(%d) restored %d, want 77", c.percent, got)
		}
	}
	// the user's GOGC wins
	t.Setenv("GOGC", "300")
	restore := tuneGC(400)
	if got := gcPercent(); got != 77 {
		t.Errorf("with GOGC set, tuneGC(400) set the target to %d", got)
	}
	restore()
}
