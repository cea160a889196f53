//go:build unix

package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// stopSignals stop a run cleanly: Ctrl-C, and SIGTERM.
var stopSignals = []os.Signal{os.Interrupt, unix.SIGTERM}
