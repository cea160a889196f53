package batch

import (
	"os"
	"runtime/debug"
)

// tuneGC trades memory for CPU time in a batch run, unless the user set
// GOGC or GOMEMLIMIT, and returns what restores the settings. Between
// notes a batch keeps only a few megabytes alive, so the default target
// collects every few documents. Measured on 1,000 short documents, a
// fivefold target takes a sixth off the CPU time of Markdown notes (peak
// RSS 35 -> 60 MB) and a third off PDF notes (48 -> 180 MB). The memory
// limit makes the collector work harder instead when large inputs fill
// the heap: on eight 2.4 MB documents it ran as fast as the default
// settings with less memory, where a 128 MiB limit was a third slower.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(400)
	limit := debug.SetMemoryLimit(memoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// memoryLimit is the heap size from which a batch run collects as often
// as it needs to, whatever the GC target.
const memoryLimit = 256 << 20
