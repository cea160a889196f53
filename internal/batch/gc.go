package batch

import (
	"os"
	"runtime/debug"
	"sync"
)

// tuneGC sets the garbage collector's target for a batch run to percent
// (debug.SetGCPercent; 0 leaves Go's default of 100), with a memory
// limit, unless the user set GOGC or GOMEMLIMIT, and returns what
// restores the settings.
//
// The target is a trade between the collector's work and fresh memory:
// between notes a batch keeps only a few megabytes alive, so a small
// target collects every few documents, and a large one lets the heap grow
// over pages the process has never touched, each of which costs a page
// fault when first written. Which one wins depends on the note and the
// machine. On a virtual machine where a fault costs about 20 µs, 1,000
// Markdown notes ran 0.85 × the wall time (0.95 × the CPU time) at 100
// as at 400 (peak RSS 55 against 90 MB; 11,000 page faults against
// 20,500), and 50 was slower again (1.15 × the CPU time of 100); PDF
// notes, which allocate far more each, ran 1.27 × the CPU time at 100,
// and earlier machines ran Markdown notes a sixth faster at 400 (peak
// RSS 35 -> 60 MB) and PDF notes a third faster (48 -> 180 MB). The
// caller chooses for its notes (Config.GCPercent).
//
// The memory limit makes the collector work harder instead when large
// inputs fill the heap: on eight 2.4 MB documents it ran as fast as the
// default settings with less memory, where a 128 MiB limit was a third
// slower.
//
// warmup, when not nil, is started on a goroutine of its own, and the
// collector is off (but for the memory limit) until it returns: a batch's
// first tenth of a second loads its lists and models, megabytes that stay
// live, into a heap that starts at 4 MB, and the collector ran five or six
// times over them before the first note (22 collections in a Markdown run
// of 1,000 notes, 18 with the warm-up uncollected). What the first notes
// allocate meanwhile fits in the heap the run reaches later anyway. When
// the run ends first, the warm-up's end changes nothing.
func tuneGC(percent int, warmup func()) (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		if warmup != nil {
			go warmup()
		}
		return func() {}
	}
	if percent <= 0 {
		percent = 100
	}
	limit := debug.SetMemoryLimit(memoryLimit)
	if warmup == nil {
		old := debug.SetGCPercent(percent)
		return func() {
			debug.SetGCPercent(old)
			debug.SetMemoryLimit(limit)
		}
	}
	old := debug.SetGCPercent(-1)
	var mu sync.Mutex
	ended := false // the run restored the settings
	go func() {
		warmup()
		mu.Lock()
		defer mu.Unlock()
		if !ended {
			debug.SetGCPercent(percent)
		}
	}()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		ended = true
		debug.SetGCPercent(old)
		debug.SetMemoryLimit(limit)
	}
}

// memoryLimit is the heap size from which a batch run collects as often
// as it needs to, whatever the GC target.
const memoryLimit = 256 << 20
