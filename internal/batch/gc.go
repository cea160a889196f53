package batch

import (
	"os"
	"runtime/debug"
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
func tuneGC(percent int) (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	if percent <= 0 {
		percent = 100
	}
	old := debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(memoryLimit)
	return func() {
		debug.SetGCPercent(old)
		debug.SetMemoryLimit(limit)
	}
}

// memoryLimit is the heap size from which a batch run collects as often
// as it needs to, whatever the GC target.
const memoryLimit = 256 << 20
