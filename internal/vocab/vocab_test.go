package vocab

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc\rd\ve\ff", "x\u00a0y", "end. Next", "\xff \x85\xa0"} {
		if got, want := CountWords(s), len(strings.Fields(strings.ReplaceAll(s, "\u00a0", "_"))); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestNumFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc\rd\ve\ff", "x\u00a0y", "x\u0085y\u2003z",
		"end. Next", "\xff \xe2\x80", "é à", "\u3000lead and trail\u3000"} {
		if got, want := NumFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("NumFields(%q) = %d, want %d", s, got, want)
		}
		if got, want := Fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("Fields(%q) = %q, want %q", s, got, want)
		}
	}
}

// AppendFields keeps what the reused slice already holds and adds the
// fields after it, whatever capacity the slice had.
func TestAppendFields(t *testing.T) {
	buf := make([]string, 0, 1)
	for _, s := range []string{"", "one", " two  words ", "x\u0085y\u2003z and more words than fit"} {
		buf = AppendFields(append(buf[:0], "kept"), s)
		if want := append([]string{"kept"}, strings.Fields(s)...); !slices.Equal(buf, want) {
			t.Errorf("AppendFields(kept, %q) = %q, want %q", s, buf, want)
		}
	}
}

func FuzzNumFields(f *testing.F) {
	f.Add("two  words\u00a0and\xffbytes")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NumFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("NumFields(%q) = %d, want %d", s, got, want)
		}
		if got, want := Fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("Fields(%q) = %q, want %q", s, got, want)
		}
	})
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

func TestParseExamples(t *testing.T) {
	got, err := parseExamples("# head\nA\n+ a yes\n- a no\n\n[s]\nB\n# no near miss: none exists\n+ b yes\n+ b again\nC\n")
	if err != nil {
		t.Fatal(err)
	}
	a, s := got[""], got["s"]
	if len(a) != 1 || a[0].Text != "A" || a[0].Line != 2 || !slices.Equal(a[0].Match, []string{"a yes"}) || !slices.Equal(a[0].Miss, []string{"a no"}) {
		t.Errorf(`section "": %+v`, a)
	}
	if len(s) != 2 || s[0].NoMiss != "none exists" || len(s[0].Match) != 2 || s[0].Miss != nil || s[1].Text != "C" || s[1].Match != nil {
		t.Errorf("section s: %+v", s)
	}
	if _, err := parseExamples("[s]\n+ orphan\n"); err == nil {
		t.Error("an example before any entry parsed without error")
	}
}

// FuzzParseExamples: any text parses without panicking; every entry and
// example is trimmed, no example is read as an entry, and line numbers
// rise within a section.
func FuzzParseExamples(f *testing.F) {
	f.Add("A\n+ yes\n- no\n")
	f.Add("[s]\n# no near miss: x\n+ orphan\n")
	f.Add("[a]\nx | y\n  + spaced  \n[b]\n-  \n")
	f.Fuzz(func(t *testing.T, data string) {
		got, err := parseExamples(data)
		if err != nil {
			return
		}
		for sec, ents := range got {
			line := 0
			for _, e := range ents {
				if e.Line <= line {
					t.Fatalf("[%s] %q: line %d after %d", sec, e.Text, e.Line, line)
				}
				line = e.Line
				if e.Text != strings.TrimSpace(e.Text) || e.Text == "" || strings.HasPrefix(e.Text, "+ ") || strings.HasPrefix(e.Text, "- ") {
					t.Fatalf("[%s] bad entry %q", sec, e.Text)
				}
				for _, x := range append(slices.Clone(e.Match), e.Miss...) {
					if x != strings.TrimSpace(x) {
						t.Fatalf("[%s] %q: example %q not trimmed", sec, e.Text, x)
					}
				}
			}
		}
	})
}

func TestEntryIncomplete(t *testing.T) {
	for _, c := range []struct {
		e    Entry
		want string
	}{
		{Entry{Match: []string{"a"}, Miss: []string{"b"}}, ""},
		{Entry{Match: []string{"a"}, NoMiss: "why"}, ""},
		{Entry{Miss: []string{"b"}}, `needs a "+ " example`},
		{Entry{Match: []string{"a"}}, `needs a "- " near miss or a "# no near miss:" reason`},
		{Entry{Match: []string{"a"}, Miss: []string{"b"}, NoMiss: "why"}, "has a near miss and says it can have none (why)"},
	} {
		if got := c.e.Incomplete(); got != c.want {
			t.Errorf("%+v: Incomplete() = %q, want %q", c.e, got, c.want)
		}
	}
}

// sectionsOfExamples is Sections as it was: parseExamples' entries without
// their examples.
func sectionsOfExamples(data string) (map[string][]string, error) {
	ex, err := parseExamples(data)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for sec, ents := range ex {
		lines := make([]string, len(ents))
		for i, e := range ents {
			lines[i] = e.Text
		}
		out[sec] = lines
	}
	return out, nil
}

// TestParseSectionsSameAsExamples: parseSections reads every list and a
// few invented texts into the same sections and entries as parseExamples,
// and fails where it fails.
func TestParseSectionsSameAsExamples(t *testing.T) {
	texts := []string{"", "\n", "A", "A\n", "# head\nA\n+ a yes\n- a no\n\n[s]\nB\n# no near miss: none exists\n+ b yes\n+ b again\nC\n",
		"[s]\n+ orphan\n", "A\n[s]\n- orphan\n", "[s]\nB\n[t]\n[s]\nC\n", " \t[x] \r\n  y  \r\n+ z\n", "+x\n-y\n[]\n+ a\n"}
	for _, name := range names() {
		texts = append(texts, listText(name))
	}
	for _, text := range texts {
		checkSections(t, text)
	}
}

func FuzzParseSections(f *testing.F) {
	f.Add("A\n+ yes\n- no\n")
	f.Add("[s]\n# no near miss: x\n+ orphan\n")
	f.Add("[a]\nx | y\n  + spaced  \n[b]\n-  \n")
	f.Fuzz(checkSections)
}

func checkSections(t *testing.T, text string) {
	got, err := parseSections(text)
	want, wantErr := sectionsOfExamples(text)
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("%q: error %v, parseExamples %v", text, err, wantErr)
	}
	if len(got) != len(want) {
		t.Fatalf("%q: %d sections, parseExamples %d", text, len(got), len(want))
	}
	for sec, lines := range want {
		if !slices.Equal(got[sec], lines) {
			t.Fatalf("%q [%s]: %q, parseExamples %q", text, sec, got[sec], lines)
		}
	}
}

// TestSetSameAsWords: Set holds the words of Words, over every list's
// sections and lines with Unicode spaces.
func TestSetSameAsWords(t *testing.T) {
	check := func(lines []string) {
		t.Helper()
		want := map[string]bool{}
		for _, w := range Words(lines) {
			want[w] = true
		}
		if got := Set(lines); !maps.Equal(got, want) {
			t.Errorf("%q: Set has %d words, Words %d", lines[:min(3, len(lines))], len(got), len(want))
		}
	}
	check([]string{"a b\u00a0c", "\u2003d\u0085e  f", "", "a"})
	for _, name := range names() {
		for _, lines := range Sections(name) {
			check(lines)
		}
	}
}

// toLowerCases are texts ToLower must lower-case as strings.ToLower does:
// ASCII with and without capitals, letters that change and that do not,
// an invalid byte (U+FFFD after), a U+FFFD of the text's own, and a
// letter whose lower case is longer or shorter in UTF-8.
var toLowerCases = []string{"", "plain words", "The Minister", "ÉCOLE", "école Française", "naïve", "caf\xe9 Bar", "caf\xe9 bar",
	"\ufffd ok", "İstanbul", "ȺB", "ſ and K (Kelvin)", "ends in \xff", "x\xc3", "all lower ’quoted’",
	// longer than a word of eight bytes, with capitals and other bytes in
	// every lane (ToLower reads eight at a time): '@' and '[' are the
	// bytes beside 'A' and 'Z'
	"THE PRIME MINISTER OF @[INDIA]` AND {Z}", "the prime minister said ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ today",
	"already lower case and longer than eight", "Über Änderungen ÀÉÎ in a LONGER text", "0123456789ABCDEF\x7f\x00\x1fGHIJ"}

func checkToLower(t *testing.T, s string) {
	if got, want := ToLower(s), strings.ToLower(s); got != want {
		t.Errorf("ToLower(%q) = %q, want %q", s, got, want)
	}
	ascii := !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })
	if got := IsASCII(s); got != ascii {
		t.Errorf("IsASCII(%q) = %v", s, got)
	}
}

func FuzzToLower(f *testing.F) {
	for _, s := range toLowerCases {
		f.Add(s) // run as the test's cases without -fuzz
	}
	f.Fuzz(checkToLower)
}
