package segment

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
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

//go:embed abbreviations.txt
var abbrevData string

// abbrevs maps a lower-cased abbreviation without its final period to its class.
var abbrevs = mustParseAbbrevs(abbrevData)

// mustParseAbbrevs reads the abbreviation file format described at the top of
// abbreviations.txt. It panics on a malformed file, which is embedded and
// checked by the tests.
func mustParseAbbrevs(data string) map[string]abbrevKind {
	m, err := parseAbbrevs(data)
	if err != nil {
		panic("segment: abbreviations.txt: " + err.Error())
	}
	return m
}

// parseAbbrevs parses the abbreviation file format; it reports unknown
// sections, entries outside a section, over-long entries and duplicates.
func parseAbbrevs(data string) (map[string]abbrevKind, error) {
	m := make(map[string]abbrevKind, 256)
	kind := abbrevNone
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			switch line {
			case "[prefix]":
				kind = abbrevPrefix
			case "[number]":
				kind = abbrevNumber
			case "[general]":
				kind = abbrevGeneral
			default:
				return nil, fmt.Errorf("line %d: unknown section %q", n+1, line)
			}
			continue
		}
		if kind == abbrevNone {
			return nil, fmt.Errorf("line %d: %q before any section", n+1, line)
		}
		key := strings.ToLower(strings.TrimSuffix(line, "."))
		if key == "" || len(key) > maxWordLen || strings.ContainsAny(key, " \t") {
			return nil, fmt.Errorf("line %d: bad entry %q", n+1, line)
		}
		if _, dup := m[key]; dup {
			return nil, fmt.Errorf("line %d: duplicate entry %q", n+1, line)
		}
		m[key] = kind
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
	if k, ok := abbrevs[string(lowerASCII(&buf, word))]; ok {
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
		} else if !isASCIILetter(word[i]) {
			return false
		}
	}
	return true
}

// starters are common sentence-initial words (lower-cased). A general
// abbreviation such as "U.S." or "a.m." ends a sentence only when one of
// these follows it. Words that are also common names or parts of names
// (Will, May, Grant, First) are deliberately absent.
var starters = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		the this that these those there then thus
		he she it its we they i you his her their our my your
		a an in on at as by for from to with after before during since
		while when where what who whom whose which why how if
		but and or so yet also however meanwhile moreover furthermore
		additionally although though because despite still now not
		today yesterday tomorrow earlier later here
		some many most all both each every several such
		did do does is are was were has have had would could should can
		let please according initially currently finally instead indeed
		overall similarly likewise nevertheless nonetheless otherwise
		therefore hence again even only just perhaps unlike once until
		unless whether`) {
		m[w] = true
	}
	return m
}()

// isStarter reports whether word (any case) is a common sentence starter.
func isStarter(word string) bool {
	if len(word) == 0 || len(word) > maxWordLen {
		return false
	}
	var buf [maxWordLen]byte
	return starters[string(lowerASCII(&buf, word))]
}

// exclaimNames are names that contain an exclamation mark ("Yahoo! Finance"),
// lower-cased and without the mark.
var exclaimNames = map[string]bool{"yahoo": true, "jeopardy": true}

// isExclaimName reports whether word (any case) is in exclaimNames.
func isExclaimName(word string) bool {
	if len(word) == 0 || len(word) > maxWordLen {
		return false
	}
	var buf [maxWordLen]byte
	return exclaimNames[string(lowerASCII(&buf, word))]
}

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
