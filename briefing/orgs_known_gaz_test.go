package briefing

import (
	"reflect"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// TestGazetteerTokenizedOnce: the gazetteer that tokenizes each form once
// is the one that tokenized a form for each use, over the embedded lists.
func TestGazetteerTokenizedOnce(t *testing.T) {
	var lines []string
	for _, f := range []string{"known-bodies.txt", "known-legislatures.txt", "known-media.txt"} {
		lines = append(lines, vocab.Sections(f)[""]...)
	}
	got, want := newGazetteer(lines), newGazetteerEachUse(lines)
	if !reflect.DeepEqual(got.one, want.one) {
		t.Error("one-word forms differ")
	}
	if !reflect.DeepEqual(got.names, want.names) {
		t.Error("names differ")
	}
	if len(got.one) < 100 || len(got.names.value) < 1000 {
		t.Errorf("gazetteer too small: %d one-word forms, %d names", len(got.one), len(got.names.value))
	}
}

// newGazetteerEachUse is newGazetteer as it was, tokenizing a form for
// each use.
func newGazetteerEachUse(lines []string) *gazetteer {
	l := getLex()
	g := &gazetteer{names: newPhraseSet(), one: map[string]string{}}
	// the initials of every body's name: an acronym that spells another
	// body's name is ambiguous ("ESA": the European Space Agency, though
	// the register gives it only to the Euratom Supply Agency)
	initialsOf := map[string]string{}
	for _, ln := range lines {
		name := strings.TrimSpace(strings.SplitN(ln, "|", 2)[0])
		initialsOf[initials(name)] = name
	}
	for _, ln := range lines {
		f := strings.SplitN(ln, "|", 2)
		name := strings.TrimSpace(f[0])
		forms := []string{name}
		if len(f) > 1 {
			forms = append(forms, vocab.SplitList(f[1])...)
		}
		taken := false
		for _, form := range forms {
			toks := tokenize(form)
			if len(toks) == 1 {
				taken = taken || handForms()[form] // as written: "Who" is not "WHO"
			} else if len(toks) > 1 {
				if n, _ := l.known.match(toks, 0); n == len(toks) {
					taken = true
				}
			}
		}
		if taken {
			continue
		}
		for _, form := range forms {
			toks := tokenize(form)
			switch {
			case len(toks) == 0:
			case len(toks) > 1:
				g.names.add(form, name)
			case isAcronym(toks[0]) && initialsOf[form] != "" && initialsOf[form] != name:
			case oneWordForm(toks[0]):
				if _, dup := g.one[form]; !dup {
					g.one[form] = name
				}
			}
		}
	}
	return g
}
