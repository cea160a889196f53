//go:build !unix

package main

import "os"

// stopSignals stop a run cleanly: Ctrl-C.
var stopSignals = []os.Signal{os.Interrupt}
