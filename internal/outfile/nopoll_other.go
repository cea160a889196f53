//go:build !linux

package outfile

// NoPoll is 0 where O_NONBLOCK may mean more for a regular file, or the
// os package does not try to poll one (see nopoll_linux.go).
const NoPoll = 0
