//go:build unix && !linux

package main

import (
	"errors"
	"os"
)

func openPTY() (string, *os.File, error) { return "", nil, errors.New("not on this system") }
