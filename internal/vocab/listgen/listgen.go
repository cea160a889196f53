// Package listgen holds what the generators of package vocab's word lists
// (internal/cmd/gennames, internal/cmd/genbodies) share: leaving the
// committed list as it is when go generate runs them on a machine without
// the list's sources, and writing the list.
package listgen

import (
	"fmt"
	"os"
)

// Kept reports whether the generator cmd leaves the committed list out
// as it is, and says so on standard error: go generate ./... ran it with
// no -src (its environment variable env unset) and no arguments, and out
// exists, so that the other generators still run.
func Kept(cmd, env, src, out string, args int) bool {
	if src != "" || out == "" || args > 0 {
		return false
	}
	if _, err := os.Stat(out); err != nil {
		return false
	}
	fmt.Fprintf(os.Stderr, "%s: no -src (%s is not set): %s kept as it is\n", cmd, env, out)
	return true
}

// Write writes the list to the file out, or to standard output when out
// is "".
func Write(out string, data []byte) error {
	if out == "" {
		_, err := os.Stdout.Write(data)
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
