package vocab

import (
	"strings"
	"testing"
)

// TestLists: every embedded list states its licence and has entries, no
// section is empty, and no line is left unread (a "[section" without its
// bracket would be an entry).
func TestLists(t *testing.T) {
	files := names()
	if len(files) < 10 {
		t.Fatalf("only %d lists embedded: %v", len(files), files)
	}
	for _, name := range files {
		data, _ := lists.ReadFile("lists/" + name)
		if head := string(data[:min(len(data), 600)]); !strings.Contains(head, "Licence:") {
			t.Errorf("%s: its header does not state its licence", name)
		}
		secs := Sections(name)
		if len(secs) == 0 {
			t.Errorf("%s: no entries", name)
		}
		for sec, lines := range secs {
			if len(lines) == 0 {
				t.Errorf("%s [%s]: empty", name, sec)
			}
			for _, ln := range lines {
				if strings.HasPrefix(ln, "[") && !strings.Contains(ln, "|") {
					t.Errorf("%s [%s]: %q looks like a broken section header", name, sec, ln)
				}
			}
		}
	}
}

func TestSectionsAndSet(t *testing.T) {
	conn := Sections("connectors.txt")
	for _, sec := range []string{"names", "bodies", "headings"} {
		if len(conn[sec]) == 0 {
			t.Errorf("connectors.txt [%s] missing", sec)
		}
	}
	set := Set(conn["bodies"])
	if !set["of"] || !set["&"] || set["with"] {
		t.Errorf("connectors.txt [bodies] = %v: want of and &, not with", set)
	}
	if got := Set([]string{"a b", " c "}); len(got) != 3 || !got["c"] {
		t.Errorf("Set = %v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("Sections of a missing list did not panic")
		}
	}()
	Sections("no-such-list.txt")
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc\rd\ve\ff", "x\u00a0y", "end. Next"} {
		if got, want := CountWords(s), len(strings.Fields(strings.ReplaceAll(s, "\u00a0", "_"))); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestCharClasses(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if got, want := IsDigit(b), '0' <= c && c <= '9'; got != want {
			t.Errorf("IsDigit(%q) = %v", b, got)
		}
		if got, want := IsASCIILetter(b), 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'; got != want {
			t.Errorf("IsASCIILetter(%q) = %v", b, got)
		}
	}
	for s, want := range map[string]bool{"": false, "0": true, "13": true, "1a": false, "١": false} {
		if got := IsDigits(s); got != want {
			t.Errorf("IsDigits(%q) = %v", s, got)
		}
	}
}

func TestSectionBits(t *testing.T) {
	bits := SectionBits("function-words.txt", []string{"en", "fr"})
	if bits["the"] != 1 || bits["les"] != 2 {
		t.Errorf(`SectionBits: "the" %b, "les" %b; want 1 (en) and 10 (fr)`, bits["the"], bits["les"])
	}
	if _, ok := bits["der"]; ok {
		t.Errorf(`SectionBits read "der" from a section it was not asked for`)
	}
}

func TestShorten(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"one two three four", 9, "one two…"},
		{"ééééééééé", 5, "éééé…"},
	} {
		if got := Shorten(tc.in, tc.n); got != tc.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

// TestExamples: example lines belong to the entry above them and are no
// entries themselves, in every list; Sections and Examples agree.
func TestExamples(t *testing.T) {
	for _, name := range names() {
		secs, ex := Sections(name), Examples(name)
		if len(secs) != len(ex) {
			t.Errorf("%s: %d sections, %d with examples", name, len(secs), len(ex))
		}
		for sec, ents := range ex {
			if len(ents) != len(secs[sec]) {
				t.Errorf("%s [%s]: %d entries, Sections has %d", name, sec, len(ents), len(secs[sec]))
				continue
			}
			for i, e := range ents {
				if e.Text != secs[sec][i] || e.Line <= 0 {
					t.Errorf("%s [%s] entry %d: %q at line %d, Sections has %q", name, sec, i, e.Text, e.Line, secs[sec][i])
				}
				if strings.HasPrefix(e.Text, "+ ") || strings.HasPrefix(e.Text, "- ") {
					t.Errorf("%s:%d: example %q read as an entry", name, e.Line, e.Text)
				}
			}
		}
	}
	cues := Examples("cues.txt")[""]
	if len(cues) == 0 || len(cues[0].Match) == 0 || len(cues[0].Miss) == 0 {
		t.Fatalf("cues.txt: first cue without its examples: %+v", cues[:min(1, len(cues))])
	}
	if m := cues[0].Match[0]; strings.HasPrefix(m, "+") || m != strings.TrimSpace(m) {
		t.Errorf("example kept its marker or spaces: %q", m)
	}
}
