package briefing

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/brief-dev/brief/summarize"
)

// pastTexts open as pastRE's matches do, nearly do, or with the case
// folds a pre-test of the first two bytes must leave to the expression.
var pastTexts = []string{
	"", "S", "Si", "Since", "since 2015, trade doubled.", "SINCE the talks began", "ſince 2015 trade doubled.",
	"Last year the ministers met.", "Last month", "Lately the ministers met.", "Earlier, the leaders spoke.",
	"Historically the two sides traded.", "Traditionally, exports led.", "Previously the pact lapsed.",
	"In the past both sides disagreed.", "In 1999 the accord was signed.", "In 2099.", "In 2100 trade will grow.",
	"Into the past.", "The sides met in 2015.", "Trade rose.", "Privately, the envoys talked.", "\"Since then\"",
	"É", "Éa", "aÉ", "ı n", "Kelvin", "In the Past", "iN 2001, it rained.", "(Since 2015)",
}

// TestPastPreTest checks pastRE, which lazyre pre-tests on the pairs of
// bytes its matches may open with, against the plain expression: it is
// asked of every sentence, so the pre-test settles most of them.
func TestPastPreTest(t *testing.T) {
	for _, text := range pastTexts {
		checkPastPreTest(t, text)
	}
	for _, text := range corpusTexts(t, false) {
		for _, line := range strings.Split(text, "\n") {
			checkPastPreTest(t, line)
			for _, s := range strings.SplitAfter(line, ". ") {
				checkPastPreTest(t, s)
			}
		}
	}
}

func checkPastPreTest(t *testing.T, text string) {
	if got, want := pastRE.MatchString(text), pastRE.Get().MatchString(text); got != want {
		t.Errorf("pastRE.MatchString(%q) = %v, the expression says %v", text, got, want)
	}
}

func FuzzPastPreTest(f *testing.F) {
	for _, text := range pastTexts {
		f.Add(text)
	}
	f.Fuzz(checkPastPreTest)
}

// overlapTexts are pairs of invented sentences for overlap.
var overlapTexts = [][2]string{
	{"", ""},
	{"The sides agreed.", ""},
	{"The two sides agreed to expand trade.", "Both sides agreed to expand trade and investment."},
	{"The the the sides sides.", "the SIDES"},
	{"Ministers signed a memorandum on energy.", "The leaders discussed regional security."},
	{"Café talks in São Paulo resumed.", "Talks resumed in São Paulo."},
}

// TestOverlap checks overlap, which merges sorted word lists,
// against the Jaccard overlap of word sets counted with a map.
func TestOverlap(t *testing.T) {
	for _, p := range overlapTexts {
		checkOverlap(t, p[0], p[1])
	}
}

func checkOverlap(t *testing.T, x, y string) {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range words(s) {
			m[w] = true
		}
		return m
	}
	jaccard := func(x, y map[string]bool) float64 {
		inter := 0
		for w := range x {
			if y[w] {
				inter++
			}
		}
		if union := len(x) + len(y) - inter; union > 0 {
			return float64(inter) / float64(union)
		}
		return 0
	}
	an := &analysis{}
	if got, want := overlap(an.wordSet(x, -1), an.wordSet(y, -1)), jaccard(set(x), set(y)); got != want {
		t.Errorf("overlap(%q, %q) = %v, the sets' Jaccard overlap is %v", x, y, got, want)
	}
}

func FuzzOverlap(f *testing.F) {
	for _, p := range overlapTexts {
		f.Add(p[0], p[1])
	}
	f.Fuzz(checkOverlap)
}

// TestNextStepMay checks that a sentence the outcome features tell holds
// none of nextStepRE's literals does not match it, over invented
// sentences and the corpus texts.
func TestNextStepMay(t *testing.T) {
	texts := []string{
		"The ministers met in Rome. The next meeting will be held in Paris in the coming months. " +
			"Both sides look forward to welcoming the delegation. The NEXT ROUND is ſet for May. " +
			"They agreed to a follow-up. The talks were upcoming. Nothing else was said here today.",
	}
	texts = append(texts, corpusTexts(t, false)...)
	told, skipped := 0, 0
	for _, text := range texts {
		d, err := summarize.Parse([]byte(text), summarize.ReadOptions{})
		if err != nil || d == nil || len(d.Sentences) == 0 {
			continue
		}
		a := analyse(d)
		a.outcomeExamples(make([]float64, len(d.Sentences)), nil)
		for i, s := range d.Sentences {
			told++
			if a.nextMay[i] {
				continue
			}
			skipped++
			if nextStepRE.MatchString(s.Text) {
				t.Errorf("nextMay is false for %q, which nextStepRE matches", s.Text)
			}
		}
	}
	if skipped == 0 || skipped == told {
		t.Errorf("%d of %d sentences told no next step: the pre-test is not working", skipped, told)
	}
}

// TestMayNameYear: a passage whose tokens name a year is never turned
// away by the search for "19" and "20" that spares the walk over them.
func TestMayNameYear(t *testing.T) {
	for _, text := range []string{
		"The accord was signed in 1995.", "Talks in 2024-25 failed.", "It opened 2001-06-01 and closed.",
		"No year at all.", "Room 1920b and 2099.", "In ２０２０ (full-width digits) nothing.", "1899 and 2100 are out of range.",
	} {
		s := newPassage(text, 0)
		walk := 0
		for _, tok := range s.toks {
			walk = max(walk, yearOf(tok.text))
		}
		if walk > 0 && !mayNameYear(text) {
			t.Errorf("%q names %d, but mayNameYear turns it away", text, walk)
		}
		for _, present := range []int{0, 1990, 2000, 2030} {
			want := false
			for _, tok := range s.toks {
				if y := yearOf(tok.text); y > 0 && y < present {
					want = true
				}
			}
			if got := mentionsYearBefore(s, present); got != want {
				t.Errorf("mentionsYearBefore(%q, %d) = %v, the walk says %v", text, present, got, want)
			}
		}
	}
}

// TestWordSetFromTokens: a sentence's word set read from the tokens
// analyse made of it is the one words makes of its text, and a text that
// is not the sentence's (a trimmed item) is tokenized itself.
func TestWordSetFromTokens(t *testing.T) {
	d := parse(t, []byte("Ministers Agreed To Meet In 2026. The two sides’ officials will meet again; Côte d’Ivoire's envoy agreed.\n\n1. Furthermore, the council adopted the U.S.-backed plan."))
	a := analyse(d)
	for i, s := range d.Sentences {
		for _, text := range []string{s.Text, trimItem(s.Text), strings.ToUpper(s.Text)} {
			want := words(text)
			sort.Strings(want)
			want = slices.Compact(want)
			fresh := &analysis{sents: a.sents}
			if got := fresh.wordSet(text, i); !slices.Equal(got, want) {
				t.Errorf("wordSet(%q, %d) = %q, words gives %q", text, i, got, want)
			}
		}
	}
}

// TestAuxShapeExact holds auxShape to a pre-test that never refuses a
// word aspect's comparisons accept: every casing of the five auxiliaries
// passes, and over invented words and every short string of a few
// characters (Unicode folds among them) a word it refuses matches none.
func TestAuxShapeExact(t *testing.T) {
	auxes := []string{"was", "were", "had", "has", "have"}
	accepts := func(w string) bool {
		for _, a := range auxes {
			if is(w, a) {
				return true
			}
		}
		return false
	}
	for _, a := range auxes {
		for mask := 0; mask < 1<<len(a); mask++ {
			b := []byte(a)
			for k := range b {
				if mask&(1<<k) != 0 {
					b[k] -= 'a' - 'A'
				}
			}
			if !auxShape(string(b)) {
				t.Errorf("auxShape(%q) = false", b)
			}
		}
	}
	chars := []string{"w", "W", "h", "H", "a", "A", "s", "S", "ſ", "e", "r", "v", "d", "K", "k", "é", "ʜ", "ｗ", "'", "."}
	words := append(stringsOf(chars, 4), "was.", "Has", "HAVE", "hav", "whom", "with", "wear", "here", "hadn", "ware", "the", "and")
	for _, w := range words {
		if accepts(w) && !auxShape(w) {
			t.Errorf("auxShape(%q) = false, but aspect would read it", w)
		}
	}
}

// TestAuxOfExact holds auxOf and clauseBreak to the look-up and the
// search they stand for, on every auxiliary and on invented words and marks.
func TestAuxOfExact(t *testing.T) {
	shapes := clauseAuxShapes()
	words := []string{"", "we", "will", "shall", "wil", "wills", "is", "it", "are", "arc", "not", "nod", "never", "neverr", "herewith", "hereby", "today", "todays", "ſhall", "à", "together", "tog", "the", "commit", "firmly"}
	for w := range clauseAux {
		words = append(words, w, strings.ToUpper(w), w+"s", w[1:])
	}
	for _, w := range words {
		if got, want := auxOf(w, shapes), clauseAux[w]; got != want {
			t.Errorf("auxOf(%q) = %d, want %d", w, got, want)
		}
	}
	marks := []string{"", ",", ";", ":", "-", "—", "–", ".", "(", "’s", "'s", ",,", "a", "—x", "x-", "…", "!"}
	for _, m := range marks {
		if got, want := clauseBreak(m), strings.ContainsAny(m, ",;:—–-"); got != want {
			t.Errorf("clauseBreak(%q) = %v, want %v", m, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		m := string([]byte{byte(c)})
		if got, want := clauseBreak(m), strings.ContainsAny(m, ",;:—–-"); got != want {
			t.Errorf("clauseBreak(%q) = %v, want %v", m, got, want)
		}
	}
}

// TestAcronymShapeEarlyExit holds acronymShape, which stops once the
// bytes left cannot give a word as many capitals as small letters, to
// the whole count it stands for, on invented words and on every word of
// up to five of a few characters.
func TestAcronymShapeEarlyExit(t *testing.T) {
	whole := func(w string) bool {
		up, low := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				up++
			case unicode.IsLower(r):
				low++
			}
		}
		return up >= 2 && up >= low && !strings.HasSuffix(w, ".")
	}
	words := []string{"NSC", "DoT", "IRIGC-M&MTC", "3GPP", "ITU-T", "mRNA", "iPhone", "Government", "ÉÉa", "aÉÉ", "abCDE", "abcDE", "U.S.", "UN", "Un", "ÉU", "éU", "aaBBB", "aaaBBB"}
	chars := []string{"a", "B", "é", "É", "1", "-", ".", "ǅ"}
	words = append(words, stringsOf(chars, 5)[1:]...) // not ""
	for _, w := range words {
		if got, want := acronymShape(token{text: w, word: true}), whole(w); got != want {
			t.Errorf("acronymShape(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPassageAllASCII holds allASCII to the text: true only for a
// non-empty text of ASCII bytes alone (one with ſ never passes).
func TestPassageAllASCII(t *testing.T) {
	for _, text := range []string{"", "The ministers agreed.", "The ministers agreed to ſet up a fund.", "Café talks", "ALL CAPS", "a"} {
		want := text != ""
		for i := 0; i < len(text); i++ {
			if text[i] >= 0x80 {
				want = false
			}
		}
		if got := newPassage(text, 0).allASCII(); got != want {
			t.Errorf("allASCII(%q) = %v, want %v", text, got, want)
		}
	}
}

// stringsOf lists every string of at most n of chars, "" first.
func stringsOf(chars []string, n int) []string {
	out := []string{""}
	for from := 0; n > 0; n-- {
		to := len(out)
		for _, prefix := range out[from:to] {
			for _, c := range chars {
				out = append(out, prefix+c)
			}
		}
		from = to
	}
	return out
}
