package pdfnote

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/rangetable"
)

// ScriptError is returned by Render, and nothing is written, when the note
// has text that the PDF could not show faithfully: letters no font in the
// chain has (they would be drawn as boxes), or a script that needs shaping
// or right-to-left layout, which gofpdf does not do (Devanagari would lose
// its conjuncts and vowel signs would sit on the wrong side; Arabic would
// be drawn unjoined and backwards). Symbols no font has, such as emoji,
// are not an error: they become U+FFFD and are counted in Result.Replaced.
type ScriptError struct {
	// Scripts are the Unicode script names ("Han", "Devanagari"), the
	// most frequent first.
	Scripts []string
	// Chars is how many characters of those scripts the note has.
	Chars int
	// Shaping is set when the scripts need shaping or right-to-left
	// layout, so no font would help; otherwise no font has their glyphs.
	Shaping bool
}

func (e *ScriptError) Error() string {
	list := strings.Join(e.Scripts, ", ")
	if e.Shaping {
		return fmt.Sprintf("%s text needs shaping or right-to-left layout, which the PDF writer does not do", list)
	}
	return fmt.Sprintf("no font has the glyphs of the %s text (%d characters)", list, e.Chars)
}

// complexScripts are the scripts that cannot be drawn one glyph per rune,
// left to right: the Brahmic scripts of South and South-East Asia (conjuncts,
// reordered vowel signs), the joining right-to-left scripts and Hebrew
// (bidi), and others with contextual forms. CJK, Hangul (precomposed
// syllables), Latin, Greek, Cyrillic, Armenian, Georgian and Ethiopic need
// none of this.
var complexScripts = []string{
	"Arabic", "Hebrew", "Syriac", "Thaana", "Nko", "Samaritan", "Mandaic", "Adlam", "Hanifi_Rohingya",
	"Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada",
	"Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Khmer", "Mongolian",
	"Tai_Le", "New_Tai_Lue", "Tai_Tham", "Tai_Viet", "Balinese", "Javanese", "Sundanese",
	"Buginese", "Batak", "Lepcha", "Limbu", "Chakma", "Meetei_Mayek", "Syloti_Nagri", "Saurashtra",
	"Kayah_Li", "Cham", "Rejang", "Tagalog", "Hanunoo", "Buhid", "Tagbanwa", "Ol_Chiki",
}

// complexTable is every complex script in one table, so that a rune is
// tested once; the script's name is looked up only for runes it holds.
var complexTable = func() *unicode.RangeTable {
	var ts []*unicode.RangeTable
	for _, name := range complexScripts {
		ts = append(ts, unicode.Scripts[name])
	}
	return rangetable.Merge(ts...)
}()

// scriptNames are the keys of unicode.Scripts, sorted, so that a rune's
// script is found in the same way every time.
var scriptNames = func() []string {
	var names []string
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}()

// scriptOf names r's script, "Common" for runes of none in particular.
func scriptOf(r rune) string {
	for _, name := range scriptNames {
		if name != "Common" && name != "Inherited" && unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	return "Common"
}

// scriptTally counts characters per script for a ScriptError.
type scriptTally struct {
	n     map[string]int
	cache map[rune]string
}

func (t *scriptTally) add(r rune) { t.n[t.script(r)]++ }

// script is scriptOf(r), remembered: a document without a font for its
// script asks for the same few thousand runes again and again.
func (t *scriptTally) script(r rune) string {
	if t.n == nil {
		t.n, t.cache = map[string]int{}, map[rune]string{}
	}
	s, ok := t.cache[r]
	if !ok {
		s = scriptOf(r)
		t.cache[r] = s
	}
	return s
}

// err returns the tally as an error, or nil if it is empty.
func (t *scriptTally) err(shaping bool) *ScriptError {
	if len(t.n) == 0 {
		return nil
	}
	e := &ScriptError{Shaping: shaping}
	for s, n := range t.n {
		e.Scripts = append(e.Scripts, s)
		e.Chars += n
	}
	slices.SortFunc(e.Scripts, func(a, b string) int {
		return cmp.Or(cmp.Compare(t.n[b], t.n[a]), cmp.Compare(a, b))
	})
	return e
}
