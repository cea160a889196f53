// Package vocab is the vocabulary the text packages share: every word list
// (embedded files under lists/, read by one loader) and the character
// classes and word counting that summarize, segment, rank and briefing
// must agree on.
//
// Lists are parsed when a package first asks for them, never at start-up.
// The packages keep what they build from a list behind a sync.OnceValue,
// so each reads a list once per process; Sections returns a fresh map
// every time, so no caller can change another's list.
package vocab

import (
	"embed"
	"strings"
)

//go:embed lists/*.txt
var lists embed.FS

// Sections reads the list file name (in lists/) into its sections: lines
// outside any "[section]" header are in section "". Blank lines and lines
// starting with "#" are skipped, and every line is trimmed of surrounding
// white space. It panics when the file does not exist: lists are embedded,
// so a missing one is a programming error the tests catch.
func Sections(name string) map[string][]string {
	data, err := lists.ReadFile("lists/" + name)
	if err != nil {
		panic("vocab: no embedded list " + name)
	}
	out := map[string][]string{}
	sec := ""
	for _, ln := range strings.Split(string(data), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		if strings.HasPrefix(ln, "[") && strings.HasSuffix(ln, "]") {
			sec = ln[1 : len(ln)-1]
			continue
		}
		out[sec] = append(out[sec], ln)
	}
	return out
}

// Lines returns the entries of a list file that has no sections.
func Lines(name string) []string { return Sections(name)[""] }

// Words returns the white-space separated words of lines, in order.
func Words(lines []string) []string {
	var out []string
	for _, ln := range lines {
		out = append(out, strings.Fields(ln)...)
	}
	return out
}

// Set returns the white-space separated words of lines (a section of a
// list file) as a set.
func Set(lines []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range Words(lines) {
		m[w] = true
	}
	return m
}

// names lists the embedded list files, for tests.
func names() []string {
	ents, _ := lists.ReadDir("lists")
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// SectionBits maps each word of the given sections of the list name to the
// bits of the sections that hold it: bit i for sections[i]. It serves lists
// whose sections are classes a word may belong to several of (the function
// words of languages, the signal words of outcomes).
func SectionBits(name string, sections []string) map[string]uint16 {
	secs := Sections(name)
	out := map[string]uint16{}
	for i, sec := range sections {
		for _, w := range Words(secs[sec]) {
			out[w] |= 1 << i
		}
	}
	return out
}
