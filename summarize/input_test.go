package summarize

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want string
		err  error
	}{
		{"plain", []byte("Hello."), "Hello.", nil},
		{"bom", []byte("\xEF\xBB\xBFHello."), "Hello.", nil},
		{"crlf", []byte("a\r\nb\rc"), "a\nb\nc", nil},
		{"nbsp", []byte("a\u00a0b\u202fc"), "a b c", nil},
		{"zero width", []byte("a\u200bb\u00adc"), "abc", nil},
		{"controls", []byte("a\x01b\x7fc"), "abc", nil},
		{"cp1252", []byte("it\x92s \x93ok\x94 \x96 caf\xe9"), "it’s “ok” – café", nil},
		{"utf16le", utf16LE("Привет, мир. 😀"), "Привет, мир. 😀", nil},
		// Issue 13: Windows-1251 and KOI8-R text read as Windows-1252 was mojibake.
		{"cp1251", []byte("\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xe8\xed\xee\xf1\xf2\xf0\xe0\xed\xed\xfb\xf5 \xe4\xe5\xeb \xef\xf0\xee\xe2\xb8\xeb \xef\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb."), "Министр иностранных дел провёл переговоры.", nil},
		{"koi8-r", []byte("\xed\xc9\xce\xc9\xd3\xd4\xd2 \xc9\xce\xcf\xd3\xd4\xd2\xc1\xce\xce\xd9\xc8 \xc4\xc5\xcc \xd0\xd2\xcf\xd7\xa3\xcc \xd0\xc5\xd2\xc5\xc7\xcf\xd7\xcf\xd2\xd9."), "Министр иностранных дел провёл переговоры.", nil},
		{"nul", []byte("abc\x00def"), "", ErrBinary},
		{"pdf", []byte("%PDF-1.7\n..."), "", ErrBinary},
		{"zip", []byte("PK\x03\x04rest"), "", ErrBinary},
		{"empty", nil, "", ErrEmpty},
		{"spaces", []byte(" \n\t\u00a0\n"), "", ErrEmpty},
	}
	for _, tt := range tests {
		got, _, err := decode(tt.raw)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("%s: decode(%q) = %q, %v; want %q, %v", tt.name, tt.raw, got, err, tt.want, tt.err)
		}
	}
}

// TestOffsetsThroughDecoding: offsets point into the raw input even when
// decoding changed lengths before the sentence.
func TestOffsetsThroughDecoding(t *testing.T) {
	for _, raw := range [][]byte{
		[]byte("\xEF\xBB\xBFFirst\u00a0one here.\r\nSecond one\u200b is here."),
		[]byte("Caf\xe9 opened. The minister\x92s visit ended."),
		[]byte("\xcf\xe5\xf0\xe2\xee\xe5 \xef\xf0\xe5\xe4\xeb\xee\xe6\xe5\xed\xe8\xe5. Second sentence here."),
		utf16LE("Первое предложение. Second sentence here."),
	} {
		d, err := Parse(raw, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Sentences) != 2 {
			t.Fatalf("Parse(%q) gave %d sentences, want 2", raw, len(d.Sentences))
		}
		checkOffsets(t, raw, d)
	}
}

func TestReadLimit(t *testing.T) {
	_, err := Read(strings.NewReader(strings.Repeat("word ", 100)), ReadOptions{MaxBytes: 50})
	if err == nil || !strings.Contains(err.Error(), "larger than 50 bytes") {
		t.Errorf("Read over the limit: err = %v, want a size error", err)
	}
	if _, err := Read(bytes.NewReader([]byte("Short text.")), ReadOptions{MaxBytes: 50}); err != nil {
		t.Errorf("Read under the limit: %v", err)
	}
}

func TestOnlyHeadings(t *testing.T) {
	_, err := Parse([]byte("Title Line\n\nAnother Heading\n"), ReadOptions{})
	if !errors.Is(err, ErrEmpty) {
		t.Errorf("Parse(only headings) err = %v, want ErrEmpty", err)
	}
}

// TestProseWithoutFullStop pins that prose piped in without its final
// full stop is the text to brief, not a heading: alone, after a title, or
// as a title's only line; explicit Markdown headings stay headings.
func TestProseWithoutFullStop(t *testing.T) {
	for _, tc := range []struct {
		in    string
		first string // the first sentence, "" for ErrEmpty
	}{
		{"The ministers agreed to meet again in May\n", "The ministers agreed to meet again in May"},
		{"Talks end\n\nThe ministers met in Rome. They agreed to meet again in May\n", "The ministers met in Rome."},
		{"Talks End\n\nNext Steps\n", ""},
		{"# Contents\n\n## Part one\n", ""},
	} {
		d, err := Parse([]byte(tc.in), ReadOptions{})
		if tc.first == "" {
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("Parse(%q) err = %v, want ErrEmpty", tc.in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := d.Sentences[0].Text; got != tc.first {
			t.Errorf("Parse(%q): first sentence %q, want %q", tc.in, got, tc.first)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"date 2024-11-28 The fourth meeting", "2024-11-28"},
		{"Posted On: 12 JUN 2025 5:18PM by PIB Delhi", "2025-06-12"},
		{"On July 25, 2023 Mexico hosted", "2023-07-25"},
		{"8 October 2023", "2023-10-08"},
		{"Sept. 3, 2021", "2021-09-03"},
		{"2024-13-01", ""},
		{"31st December 1999", "1999-12-31"},
		{"no date here", ""},
	}
	for _, tt := range tests {
		if got, _, _ := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	leading := []struct{ in, date, place, rest string }{
		{"date 2024-11-28 The fourth", "2024-11-28", "", "The fourth"},
		{"VILNIUS, 14 March 2025 – Ministers met", "2025-03-14", "VILNIUS", "Ministers met"},
		{"Washington, D.C., Nov. 3, 2023 — The", "2023-11-03", "Washington, D.C.", "The"},
		{"The meeting on 2024-11-28 went well", "", "", ""},
		{"President Smith, who met on 2024-11-28", "", "", ""},
	}
	for _, tt := range leading {
		date, place, n := leadingDate(tt.in)
		if date != tt.date || place != tt.place || (date != "" && tt.in[n:] != tt.rest) {
			t.Errorf("leadingDate(%q) = %q, %q, rest %q; want %q, %q, %q", tt.in, date, place, tt.in[n:], tt.date, tt.place, tt.rest)
		}
	}
}
