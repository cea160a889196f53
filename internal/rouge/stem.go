package rouge

import (
	"unicode"
	"unicode/utf8"
)

// irregular holds the NLTK_EXTENSIONS pool of irregular forms. As in
// rouge.py it is consulted with the word exactly as given (before
// lower-casing).
var irregular = map[string]string{
	"skies": "sky", "sky": "sky", "dying": "die", "lying": "lie",
	"tying": "tie", "news": "news", "innings": "inning", "inning": "inning",
	"outings": "outing", "outing": "outing", "cannings": "canning",
	"canning": "canning", "howe": "howe", "proceed": "proceed",
	"exceed": "exceed", "succeed": "succeed",
}

// Stem returns the Porter stem of a lower-case word, using the rules of
// NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode, as implemented by
// rouge.py's PorterStemmer.stem.
//
// Stem is meant for the tokens that [Tokenize] produces (non-empty runs of
// [a-z0-9]); for those it agrees with rouge.py exactly. Any other string is
// accepted and processed code point by code point like rouge.py would, except
// that upper-case non-ASCII letters are lower-cased with Go's simple case
// mapping (plus U+0130 → "i̇") rather than Python's full str.lower.
// Stem does not cache; [Scorer] does.
func Stem(word string) string {
	if out, ok := irregular[word]; ok {
		// rouge.py looks the original word up and returns the entry for
		// its lower-cased form; the keys are all lower-case already.
		return out
	}
	w := lowerWord(word)
	if utf8.RuneCountInString(word) <= 2 {
		return string(w)
	}
	w = step1a(w)
	w = step1b(w)
	w = step1c(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5a(w)
	w = step5b(w)
	return string(w)
}

// lowerWord converts word to runes, lower-cased the way Python's str.lower
// does for every character that matters to the stemmer.
func lowerWord(word string) []rune {
	w := make([]rune, 0, len(word)+2)
	for _, r := range word {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r < 0x80:
		case r == 0x130: // İ → i + COMBINING DOT ABOVE
			w = append(w, 'i')
			r = 0x307
		default:
			r = unicode.ToLower(r)
		}
		w = append(w, r)
	}
	return w
}

func isVowel(c rune) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// cons reports whether w[i] is a consonant in Porter's sense: not a vowel,
// and 'y' is a consonant at the start of the word or after a vowel, and a
// vowel after a consonant.
func cons(w []rune, i int) bool {
	c := w[i]
	if isVowel(c) {
		return false
	}
	if c != 'y' {
		return true
	}
	j := i
	for j > 0 && w[j-1] == 'y' {
		j--
	}
	// w[j] starts the run of 'y's ending at i.
	k := j == 0 || isVowel(w[j-1]) // cons(w, j): w[j-1] is not 'y'
	if (i-j)%2 == 1 {
		k = !k
	}
	return k
}

// measure returns Porter's m, the number of vowel→consonant transitions.
func measure(s []rune) int {
	m := 0
	prevVowel := false
	prevCons := false
	for i, c := range s {
		var cn bool
		switch {
		case isVowel(c):
			cn = false
		case c == 'y':
			cn = i == 0 || !prevCons
		default:
			cn = true
		}
		if cn && prevVowel {
			m++
		}
		prevVowel = !cn
		prevCons = cn
	}
	return m
}

func hasVowel(s []rune) bool {
	for i := range s {
		if !cons(s, i) {
			return true
		}
	}
	return false
}

func doubleCons(w []rune) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && cons(w, n-1)
}

func cvc(w []rune) bool {
	n := len(w)
	if n >= 3 && cons(w, n-3) && !cons(w, n-2) && cons(w, n-1) {
		if c := w[n-1]; c != 'w' && c != 'x' && c != 'y' {
			return true
		}
	}
	// NLTK extension: two-letter words of the form vowel+consonant.
	return n == 2 && !cons(w, 0) && cons(w, 1)
}

func hasSuffix(w []rune, suf string) bool {
	if len(suf) > len(w) {
		return false
	}
	off := len(w) - len(suf)
	for i := 0; i < len(suf); i++ {
		if w[off+i] != rune(suf[i]) {
			return false
		}
	}
	return true
}

// replace returns w with its last n runes replaced by repl. It never
// modifies the runes of w before len(w)-n that other slices may share.
func replace(w []rune, n int, repl string) []rune {
	out := make([]rune, 0, len(w)-n+len(repl))
	out = append(out, w[:len(w)-n]...)
	for i := 0; i < len(repl); i++ {
		out = append(out, rune(repl[i]))
	}
	return out
}

// rule is one (suffix, replacement, condition) line of a Porter step. The
// condition receives the stem (the word without the suffix) and the whole
// word; nil means "always".
type rule struct {
	suffix, repl string
	cond         func(stem, word []rune) bool
}

// applyRules applies the first rule whose suffix matches w and stops there,
// whether or not its condition holds (rouge.py's _rules, without "*d").
func applyRules(w []rune, rules []rule) []rune {
	for _, r := range rules {
		if hasSuffix(w, r.suffix) {
			stem := w[:len(w)-len(r.suffix)]
			if r.cond == nil || r.cond(stem, w) {
				return replace(w, len(r.suffix), r.repl)
			}
			return w
		}
	}
	return w
}

func posM(stem, _ []rune) bool { return measure(stem) > 0 }
func gt1M(stem, _ []rune) bool { return measure(stem) > 1 }

func step1a(w []rune) []rune {
	if hasSuffix(w, "ies") && len(w) == 4 {
		return replace(w, 3, "ie")
	}
	return applyRules(w, step1aRules)
}

var step1aRules = []rule{
	{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil},
}

func step1b(w []rune) []rune {
	if hasSuffix(w, "ied") {
		if len(w) == 4 {
			return replace(w, 3, "ie")
		}
		return replace(w, 3, "i")
	}
	if hasSuffix(w, "eed") {
		if measure(w[:len(w)-3]) > 0 {
			return replace(w, 3, "ee")
		}
		return w
	}
	var base []rune
	found := false
	for _, suf := range [...]string{"ed", "ing"} {
		if hasSuffix(w, suf) {
			cand := w[:len(w)-len(suf)]
			if hasVowel(cand) {
				base, found = cand, true
				break
			}
		}
	}
	if !found {
		return w
	}
	// base is non-empty: it contains a vowel.
	switch {
	case hasSuffix(base, "at"):
		return replace(base, 2, "ate")
	case hasSuffix(base, "bl"):
		return replace(base, 2, "ble")
	case hasSuffix(base, "iz"):
		return replace(base, 2, "ize")
	case doubleCons(base):
		if last := base[len(base)-1]; last != 'l' && last != 's' && last != 'z' {
			return base[:len(base)-1]
		}
		return base
	case measure(base) == 1 && cvc(base):
		return replace(base, 0, "e")
	}
	return base
}

func step1c(w []rune) []rune {
	if hasSuffix(w, "y") {
		s := w[:len(w)-1]
		if len(s) > 1 && cons(s, len(s)-1) {
			return replace(w, 1, "i")
		}
	}
	return w
}

var step2Rules = []rule{
	{"ational", "ate", posM}, {"tional", "tion", posM}, {"enci", "ence", posM},
	{"anci", "ance", posM}, {"izer", "ize", posM}, {"bli", "ble", posM},
	{"alli", "al", posM}, {"entli", "ent", posM}, {"eli", "e", posM},
	{"ousli", "ous", posM}, {"ization", "ize", posM}, {"ation", "ate", posM},
	{"ator", "ate", posM}, {"alism", "al", posM}, {"iveness", "ive", posM},
	{"fulness", "ful", posM}, {"ousness", "ous", posM}, {"aliti", "al", posM},
	{"iviti", "ive", posM}, {"biliti", "ble", posM}, {"fulli", "ful", posM},
	{"logi", "log", func(_, w []rune) bool { return measure(w[:len(w)-3]) > 0 }},
}

func step2(w []rune) []rune {
	if hasSuffix(w, "alli") && measure(w[:len(w)-4]) > 0 {
		return step2(replace(w, 4, "al"))
	}
	return applyRules(w, step2Rules)
}

var step3Rules = []rule{
	{"icate", "ic", posM}, {"ative", "", posM}, {"alize", "al", posM},
	{"iciti", "ic", posM}, {"ical", "ic", posM}, {"ful", "", posM}, {"ness", "", posM},
}

func step3(w []rune) []rune { return applyRules(w, step3Rules) }

var step4Rules = []rule{
	{"al", "", gt1M}, {"ance", "", gt1M}, {"ence", "", gt1M}, {"er", "", gt1M},
	{"ic", "", gt1M}, {"able", "", gt1M}, {"ible", "", gt1M}, {"ant", "", gt1M},
	{"ement", "", gt1M}, {"ment", "", gt1M}, {"ent", "", gt1M},
	{"ion", "", func(s, _ []rune) bool {
		return measure(s) > 1 && len(s) > 0 && (s[len(s)-1] == 's' || s[len(s)-1] == 't')
	}},
	{"ou", "", gt1M}, {"ism", "", gt1M}, {"ate", "", gt1M}, {"iti", "", gt1M},
	{"ous", "", gt1M}, {"ive", "", gt1M}, {"ize", "", gt1M},
}

func step4(w []rune) []rune { return applyRules(w, step4Rules) }

func step5a(w []rune) []rune {
	if hasSuffix(w, "e") {
		stem := w[:len(w)-1]
		m := measure(stem)
		if m > 1 || (m == 1 && !cvc(stem)) {
			return stem
		}
	}
	return w
}

func step5b(w []rune) []rune {
	if hasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return replace(w, 2, "l")
	}
	return w
}
