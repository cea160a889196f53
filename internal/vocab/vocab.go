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

// The given names are generated from published counts (see lists/README.md).
//go:generate go run ../cmd/gennames -src $BRIEF_NAME_SOURCES -per-million 27 -world-min 1 -namdict-min -5 -out lists/given-names.txt

// The well-known bodies are generated from an open register (see lists/README.md).
//go:generate go run ../cmd/genbodies -src $BRIEF_BODY_SOURCES -out lists/known-bodies.txt

// The national legislatures are generated from EveryPolitician's index (see lists/README.md).
//go:generate go run ../cmd/genlegislatures -src $BRIEF_BODY_SOURCES -out lists/known-legislatures.txt

// The news media are generated from the State Media Matrix (see lists/README.md).
//go:generate go run ../cmd/genmedia -src $BRIEF_BODY_SOURCES -out lists/known-media.txt

// The regions that carry another state's name are generated from ISO 3166 (see lists/README.md).
//go:generate go run ../cmd/genregions -src $BRIEF_REGION_SOURCES -out lists/regions.txt

// The listed companies and universities are generated from open tables (see lists/README.md).
//go:generate go run ../cmd/genorgs -src $BRIEF_ORG_SOURCES -out lists/known-orgs.txt

// The registered organisations are generated from the Research Organization Registry (see lists/README.md).
//go:generate go run ../cmd/genror -src $BRIEF_ORG_SOURCES -out lists/known-ror.txt

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed lists/*.txt
var lists embed.FS

// Sections reads the list file name (in lists/) into its sections: lines
// outside any "[section]" header are in section "". Blank lines and lines
// starting with "#" are skipped, and every line is trimmed of surrounding
// white space. Example lines ("+ …", "- …", see Examples) are no entries
// and are left out. It panics when the file does not exist: lists are
// embedded, so a missing one is a programming error the tests catch.
func Sections(name string) map[string][]string {
	out, err := parseSections(listText(name))
	if err != nil {
		panic("vocab: " + name + ":" + err.Error())
	}
	return out
}

// texts holds the text of each list file read so far, by name. A process
// reads some lists several times (countries.txt six times in a batch, for
// the lexicons of several packages); the text is read from the embedded
// files once, and each read parses it afresh.
var texts sync.Map

// listText returns the text of the list file name (in lists/). It panics
// when the file does not exist.
func listText(name string) string {
	if t, ok := texts.Load(name); ok {
		return t.(string)
	}
	data, err := lists.ReadFile("lists/" + name)
	if err != nil {
		panic("vocab: no embedded list " + name)
	}
	t, _ := texts.LoadOrStore(name, string(data))
	return t.(string)
}

// parseSections is parseExamples without the examples: each section's
// entries (Entry.Text), in order, and the same error. A process reads
// every list through it, and building an Entry for each line, with its
// examples, was most of the time the lists took to load.
func parseSections(data string) (map[string][]string, error) {
	out := map[string][]string{}
	sec := ""
	for n := 0; data != ""; n++ {
		ln, rest, _ := strings.Cut(data, "\n")
		data = rest
		ln = strings.TrimSpace(ln)
		switch {
		case ln == "", strings.HasPrefix(ln, "#"):
		case strings.HasPrefix(ln, "[") && strings.HasSuffix(ln, "]"):
			sec = ln[1 : len(ln)-1]
		case strings.HasPrefix(ln, "+ ") || strings.HasPrefix(ln, "- "):
			if len(out[sec]) == 0 {
				return nil, fmt.Errorf("%d: an example before any entry", n+1)
			}
		default:
			out[sec] = append(out[sec], ln)
		}
	}
	return out, nil
}

// An Entry is one entry of a list with the examples written under it.
type Entry struct {
	Text string // the entry's line, trimmed
	Line int    // its line number in the file, from 1
	// Match are the "+ " lines after the entry: texts in which it must
	// make what it stands for; Miss are the "- " lines, near misses in
	// which the same words must not.
	Match, Miss []string
	// NoMiss is the reason a comment "# no near miss: reason" under the
	// entry gives for it having no "- " line, or "".
	NoMiss string
}

// Incomplete says what an entry's examples lack, or "" when it has a "+ "
// example and either "- " near misses or a reason for having none (not
// both): every list whose entries carry examples holds them to this.
func (e Entry) Incomplete() string {
	switch {
	case len(e.Match) == 0:
		return `needs a "+ " example`
	case len(e.Miss) == 0 && e.NoMiss == "":
		return `needs a "- " near miss or a "# no near miss:" reason`
	case len(e.Miss) > 0 && e.NoMiss != "":
		return "has a near miss and says it can have none (" + e.NoMiss + ")"
	}
	return ""
}

// noMissPrefix opens the comment that excuses an entry from a near miss.
const noMissPrefix = "# no near miss:"

// Examples reads the list file name like Sections, keeping with each entry
// the example lines that follow it: a line "+ text" is a text the entry
// must match, a line "- text" a near miss it must not. Tests run the
// examples through the code that reads the list, so that no entry sits
// in a list unexercised. It panics when the list does not exist or holds
// an example before any entry of its section: lists are embedded, so
// either is a programming error the tests catch.
func Examples(name string) map[string][]Entry {
	out, err := parseExamples(listText(name))
	if err != nil {
		panic("vocab: " + name + ":" + err.Error())
	}
	return out
}

// parseExamples parses the text of a list file for Examples.
func parseExamples(data string) (map[string][]Entry, error) {
	out := map[string][]Entry{}
	sec := ""
	for n, ln := range strings.Split(data, "\n") {
		ln = strings.TrimSpace(ln)
		ents := out[sec]
		last := len(ents) - 1
		switch {
		case ln == "":
		case strings.HasPrefix(ln, noMissPrefix):
			if last >= 0 {
				ents[last].NoMiss = strings.TrimSpace(ln[len(noMissPrefix):])
			}
		case strings.HasPrefix(ln, "#"):
		case strings.HasPrefix(ln, "[") && strings.HasSuffix(ln, "]"):
			sec = ln[1 : len(ln)-1]
		case strings.HasPrefix(ln, "+ ") || strings.HasPrefix(ln, "- "):
			if last < 0 {
				return nil, fmt.Errorf("%d: an example before any entry", n+1)
			}
			if ln[0] == '+' {
				ents[last].Match = append(ents[last].Match, strings.TrimSpace(ln[2:]))
			} else {
				ents[last].Miss = append(ents[last].Miss, strings.TrimSpace(ln[2:]))
			}
		default:
			out[sec] = append(ents, Entry{Text: ln, Line: n + 1})
		}
	}
	return out, nil
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

// SplitList returns the non-empty, trimmed items of a ";"-separated list.
func SplitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ";") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// Set returns the white-space separated words of lines (a section of a
// list file) as a set.
func Set(lines []string) map[string]bool {
	// sized for its words (the words of Words(lines), without making
	// them): given-names.txt's 12,607 names grew the map a dozen times
	n := 0
	for _, ln := range lines {
		n += NumFields(ln)
	}
	m := make(map[string]bool, n)
	for _, ln := range lines {
		for w := range strings.FieldsSeq(ln) {
			m[w] = true
		}
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
