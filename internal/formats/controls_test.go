package formats

import "testing"

// TestControlBytes: ControlBytes, which tests eight bytes at once, counts
// as a byte-by-byte loop does, wherever the control bytes stand and
// whatever bytes stand beside them (0x1f and 0x20 are the edges, 0x80 and
// 0xff bytes with the top bit set).
func TestControlBytes(t *testing.T) {
	allowed := uint32(1<<'\n' | 1<<'\r' | 1<<'\t')
	want := func(b []byte) int {
		n := 0
		for _, c := range b {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
				n++
			}
		}
		return n
	}
	for _, fill := range []byte{' ', 'a', 0x1f, 0x20, 0x80, 0xff, '\n'} {
		for size := 0; size <= 24; size++ {
			for at := 0; at < size; at++ {
				for _, c := range []byte{0, 1, '\t', '\n', 0x1b, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xff} {
					b := make([]byte, size)
					for k := range b {
						b[k] = fill
					}
					b[at] = c
					if got, w := ControlBytes(b, allowed), want(b); got != w {
						t.Fatalf("ControlBytes(%q) = %d, want %d", b, got, w)
					}
				}
			}
		}
	}
}
