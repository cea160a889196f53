package batch

import (
	"runtime/debug"
	"testing"
	"time"
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
		restore := tuneGC(c.percent, nil)
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
	restore := tuneGC(400, nil)
	if got := gcPercent(); got != 77 {
		t.Errorf("with GOGC set, tuneGC(400) set the target to %d", got)
	}
	restore()
	ran := make(chan bool)
	restore = tuneGC(400, func() { ran <- true })
	<-ran // the warm-up runs, and the settings stay the user's
	if got := gcPercent(); got != 77 {
		t.Errorf("with GOGC set and a warm-up, tuneGC(400) set the target to %d", got)
	}
	restore()
}

// TestTuneGCWarmup: the collector is off while the warm-up runs, at the
// run's target once it returns, and as it was after the run, also when the
// warm-up returns after the run ended.
func TestTuneGCWarmup(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	returned := func(release chan struct{}) (func(), chan struct{}) {
		done := make(chan struct{})
		return func() { <-release; close(done) }, done
	}
	// waitFor polls the target, which the warm-up's goroutine sets after
	// the warm-up returns.
	waitFor := func(want int) int {
		got := gcPercent()
		for i := 0; i < 1000 && got != want; i++ {
			time.Sleep(time.Millisecond)
			got = gcPercent()
		}
		return got
	}

	release := make(chan struct{})
	warmup, done := returned(release)
	restore := tuneGC(400, warmup)
	if got := gcPercent(); got != -1 {
		t.Errorf("during the warm-up: target %d, want -1 (off)", got)
	}
	close(release)
	<-done
	if got := waitFor(400); got != 400 {
		t.Errorf("after the warm-up: target %d, want 400", got)
	}
	restore()
	if got := gcPercent(); got != 77 {
		t.Errorf("after the run: target %d, want 77", got)
	}

	release = make(chan struct{})
	warmup, done = returned(release)
	restore = tuneGC(0, warmup)
	restore() // the run ends first
	if got := gcPercent(); got != 77 {
		t.Errorf("after a run shorter than its warm-up: target %d, want 77", got)
	}
	close(release)
	<-done
	time.Sleep(10 * time.Millisecond) // the goroutine's turn to do nothing
	if got := gcPercent(); got != 77 {
		t.Errorf("the warm-up's end after the run's set the target to %d, want 77", got)
	}
}
