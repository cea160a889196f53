package segment

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// abbrevKind is the class of an abbreviation, which decides whether its
// period can end a sentence. See abbreviations.txt.
type abbrevKind uint8

const (
	// abbrevNone: not an abbreviation.
	abbrevNone abbrevKind = iota
	// abbrevPrefix: a title or other prefix ("Dr.", "e.g."), always followed
	// by more of the same sentence.
	abbrevPrefix
	// abbrevNumber: an abbreviation only before a number ("No. 5").
	abbrevNumber
	// abbrevGeneral: may end a sentence ("Inc.", "U.S."); a boundary only
	// before a common sentence starter.
	abbrevGeneral
)

// maxWordLen bounds the words looked up in the abbreviation and starter
// tables; longer words are never in them.
const maxWordLen = 24

// abbrevs maps a lower-cased abbreviation without its final period to its
// class; read from the vocabulary's abbreviations.txt on first use.
var abbrevs = sync.OnceValue(func() map[string]abbrevKind {
	m, err := parseAbbrevs(vocab.Sections("abbreviations.txt"))
	if err != nil {
		panic("segment: abbreviations.txt: " + err.Error())
	}
	return m
})

// abbrevSections are the sections of abbreviations.txt and their classes.
var abbrevSections = []struct {
	name string
	kind abbrevKind
}{{"prefix", abbrevPrefix}, {"number", abbrevNumber}, {"general", abbrevGeneral}}

// parseAbbrevs reads the sections of the abbreviation file (see the top of
// abbreviations.txt); it reports unknown sections, entries outside a
// section, over-long entries and duplicates.
func parseAbbrevs(sections map[string][]string) (map[string]abbrevKind, error) {
	m := make(map[string]abbrevKind, 256)
	known := map[string]bool{}
	for _, sec := range abbrevSections {
		known[sec.name] = true
		for _, line := range sections[sec.name] {
			key := strings.ToLower(strings.TrimSuffix(line, "."))
			if key == "" || len(key) > maxWordLen || strings.ContainsAny(key, " \t") {
				return nil, fmt.Errorf("[%s]: bad entry %q", sec.name, line)
			}
			if _, dup := m[key]; dup {
				return nil, fmt.Errorf("[%s]: duplicate entry %q", sec.name, line)
			}
			m[key] = sec.kind
		}
	}
	for name, lines := range sections {
		if name == "" {
			return nil, fmt.Errorf("%q before any section", lines[0])
		}
		if !known[name] && name != "names" { // the parties finder's own
			return nil, fmt.Errorf("unknown section [%s]", name)
		}
	}
	return m, nil
}

// lookupAbbrev returns the class of word (the text before a period, without
// the period). Matching ignores ASCII case. Unlisted initialisms of single
// letters separated by periods ("U.S", "d.j") are general abbreviations.
func lookupAbbrev(word string) abbrevKind {
	if len(word) == 0 || len(word) > maxWordLen {
		return abbrevNone
	}
	var buf [maxWordLen]byte
	if k, ok := abbrevs()[string(lowerASCII(&buf, word))]; ok {
		return k
	}
	if isInitialism(word) {
		return abbrevGeneral
	}
	return abbrevNone
}

// lowerASCII copies word, which must fit, into buf with ASCII letters
// lower-cased and returns the filled part of buf.
func lowerASCII(buf *[maxWordLen]byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(word)]
}

// isInitialism reports whether word is two or more single ASCII letters
// separated by periods, such as "U.S" or "e.g" (the final period is not part
// of word).
func isInitialism(word string) bool {
	if len(word) < 3 || len(word)%2 == 0 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if i%2 == 1 {
			if word[i] != '.' {
				return false
			}
		} else if !vocab.IsASCIILetter(word[i]) {
			return false
		}
	}
	return true
}

// starters are common sentence-initial words (lower-cased). A general
// abbreviation such as "U.S." or "a.m." ends a sentence only when one of
// these follows it (openings.txt).
var starters = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("openings.txt")["after-abbreviation"])
})

// isStarter reports whether word (any case) is a common sentence starter.
func isStarter(word string) bool { return inTable(starters(), word) }

// inTable reports whether word, lower-cased, is in m, whose keys are at
// most maxWordLen bytes long; it does not allocate.
func inTable(m map[string]bool, word string) bool {
	if len(word) == 0 || len(word) > maxWordLen {
		return false
	}
	var buf [maxWordLen]byte
	return m[string(lowerASCII(&buf, word))]
}

// exclaimNames are names that contain an exclamation mark ("Yahoo! Finance"),
// lower-cased and without the mark (names.txt).
var exclaimNames = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("names.txt")["exclaim"])
})

// isExclaimName reports whether word (any case) is in exclaimNames.
func isExclaimName(word string) bool { return inTable(exclaimNames(), word) }

// singleLetter reports whether word is exactly one letter, and returns it.
func singleLetter(word string) (rune, bool) {
	if word == "" {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(word)
	if size != len(word) || !isLetter(r) {
		return 0, false
	}
	return r, true
}
