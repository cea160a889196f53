package summarize

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadAllSized: an input is read whole whatever the size its stat gave
// (a file that grew or shrank since), and one past the limit fails.
func TestReadAllSized(t *testing.T) {
	text := strings.Repeat("Ministers met in the capital. ", 100)
	for _, size := range []int64{0, 1, 511, int64(len(text)) - 1, int64(len(text)), int64(len(text)) + 7, 1 << 20} {
		got, err := ReadAllSized(iotest.OneByteReader(strings.NewReader(text)), size, 1<<20)
		if err != nil || string(got) != text {
			t.Errorf("size %d: %d bytes, %v", size, len(got), err)
		}
		got, err = ReadAllSized(strings.NewReader(text), size, 1<<20)
		if err != nil || string(got) != text {
			t.Errorf("size %d, one read: %d bytes, %v", size, len(got), err)
		}
	}
	var tooLarge *TooLargeError
	for _, limit := range []int64{int64(len(text)) - 1, 10} {
		if _, err := ReadAllSized(strings.NewReader(text), 10, limit); !errors.As(err, &tooLarge) || tooLarge.Limit != limit {
			t.Errorf("limit %d: %v, want a TooLargeError", limit, err)
		}
	}
	if got, err := ReadAllSized(strings.NewReader(text), int64(len(text)), int64(len(text))); err != nil || string(got) != text {
		t.Errorf("at the limit: %d bytes, %v", len(got), err)
	}
}
