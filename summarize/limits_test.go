package summarize

import (
	"strings"
	"testing"
)

// TestMaxSentences: a document with more sentences than the limit is
// refused with an error saying so; at the limit, or with no limit, it is
// read.
func TestMaxSentences(t *testing.T) {
	doc := []byte(strings.Repeat("One more short sentence here. ", 20))
	for _, tc := range []struct {
		max     int
		wantErr bool
	}{
		{0, false}, {-1, false}, {20, false}, {19, true}, {1, true},
	} {
		d, err := Parse(doc, ReadOptions{MaxSentences: tc.max})
		switch {
		case tc.wantErr && (err == nil || err.Error() != "more than "+itoa(tc.max)+" sentences: too many to rank"):
			t.Errorf("Parse(20 sentences, MaxSentences %d) error = %v, want too many", tc.max, err)
		case !tc.wantErr && (err != nil || len(d.Sentences) != 20):
			t.Errorf("Parse(20 sentences, MaxSentences %d) = %v, want 20 sentences", tc.max, err)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestEscapeSequences: terminal colour codes in captured text vanish whole,
// and the sentences around them keep their offsets.
func TestEscapeSequences(t *testing.T) {
	raw := []byte("The council met on Monday.\x1b[1;31m It agreed a \x1b[0mbudget. Then \x1b(Bit ended.\x1b")
	d, err := Parse(raw, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		got = append(got, s.Text)
	}
	want := []string{"The council met on Monday.", "It agreed a budget.", "Then (Bit ended."} // only CSI sequences are known
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	checkOffsets(t, raw, d)
}
