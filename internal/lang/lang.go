// Package lang guesses the language of a document from its text, so that a
// briefing note can say when its analysis (parties, outcomes), which reads
// English only, was not applied, instead of claiming there is nothing.
//
// Detection is in two steps. The script of the letters comes first: most
// scripts name their language (Devanagari → hi, Hangul → ko, kana → ja, Han
// → zh, Greek → el…). Latin-script text is then told apart by the function
// words of each language (function-words.txt of internal/vocab): en, fr, de, es, it, pt,
// nl and id. Cyrillic is told apart by letters particular to Ukrainian,
// Belarusian, Serbian, Macedonian and Bulgarian usage, Arabic script by
// letters particular to Persian and Urdu. Detection is deterministic and
// reads at most the first MaxSample bytes.
package lang

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// MaxSample is how much of a text Detect reads: a document's language is
// settled long before, and the cost stays bounded whatever the input.
const MaxSample = 64 << 10

// LatinScript reports whether code is one of the languages Detect tells
// apart by their function words, in Latin script.
func LatinScript(code string) bool {
	for _, l := range latinLangs {
		if l == code {
			return true
		}
	}
	return false
}

// Analysed reports whether brief's analysis of parties and outcomes reads
// language code: English only, for now.
func Analysed(code string) bool { return code == "en" }

// latinLangs are the languages with a function-word profile, in the order
// that breaks a tie (never expected on real text, but it must be stable).
var latinLangs = []string{"en", "fr", "de", "es", "it", "pt", "nl", "id"}

// stopwords maps a lower-case word to the languages (bits of latinLangs)
// whose lists hold it; read from the shared word lists on first use.
var stopwords = sync.OnceValue(func() map[string]uint16 {
	return vocab.SectionBits("function-words.txt", latinLangs)
})

// stopShapes holds the shapes of the function words (vocab.Shapes: first
// and last byte, and length): a word of another shape is no
// function word, and detect does not look it up. Most words of a text are
// not, and the look-up was most of the time of detect.
var stopShapes = sync.OnceValue(func() *vocab.Shapes {
	var s vocab.Shapes
	for w := range stopwords() {
		s.Add(w)
	}
	return &s
})

// script classes counted by Detect.
const (
	sLatin = iota
	sCyrillic
	sGreek
	sArabic
	sHebrew
	sDevanagari
	sBengali
	sGurmukhi
	sGujarati
	sOriya
	sTamil
	sTelugu
	sKannada
	sMalayalam
	sSinhala
	sThai
	sLao
	sTibetan
	sMyanmar
	sGeorgian
	sHangul
	sEthiopic
	sKhmer
	sKana
	sHan
	sArmenian
	nScripts
)

// scriptLang is the language a script alone names; Latin, Cyrillic,
// Arabic and Han are refined by Detect.
var scriptLang = [nScripts]string{
	sCyrillic: "ru", sGreek: "el", sArabic: "ar", sHebrew: "he", sDevanagari: "hi",
	sBengali: "bn", sGurmukhi: "pa", sGujarati: "gu", sOriya: "or", sTamil: "ta",
	sTelugu: "te", sKannada: "kn", sMalayalam: "ml", sSinhala: "si", sThai: "th",
	sLao: "lo", sTibetan: "bo", sMyanmar: "my", sGeorgian: "ka", sHangul: "ko",
	sEthiopic: "am", sKhmer: "km", sKana: "ja", sHan: "zh", sArmenian: "hy",
}

// scriptOf classifies a letter by its code point block, or returns -1. A
// block test is enough for letters and much faster than unicode.Is over
// the script tables.
func scriptOf(r rune) int {
	switch {
	case r < 0x0250:
		return sLatin // ASCII letters, Latin-1, Latin Extended A and B
	case r >= 0x1E00 && r <= 0x1EFF:
		return sLatin // Latin Extended Additional (Vietnamese)
	case r >= 0x0370 && r <= 0x03FF, r >= 0x1F00 && r <= 0x1FFF:
		return sGreek
	case r >= 0x0400 && r <= 0x052F:
		return sCyrillic
	case r >= 0x0530 && r <= 0x058F:
		return sArmenian
	case r >= 0x0590 && r <= 0x05FF, r >= 0xFB1D && r <= 0xFB4F:
		return sHebrew
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF,
		r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return sArabic
	case r >= 0x0900 && r <= 0x097F:
		return sDevanagari
	case r >= 0x0980 && r <= 0x09FF:
		return sBengali
	case r >= 0x0A00 && r <= 0x0A7F:
		return sGurmukhi
	case r >= 0x0A80 && r <= 0x0AFF:
		return sGujarati
	case r >= 0x0B00 && r <= 0x0B7F:
		return sOriya
	case r >= 0x0B80 && r <= 0x0BFF:
		return sTamil
	case r >= 0x0C00 && r <= 0x0C7F:
		return sTelugu
	case r >= 0x0C80 && r <= 0x0CFF:
		return sKannada
	case r >= 0x0D00 && r <= 0x0D7F:
		return sMalayalam
	case r >= 0x0D80 && r <= 0x0DFF:
		return sSinhala
	case r >= 0x0E00 && r <= 0x0E7F:
		return sThai
	case r >= 0x0E80 && r <= 0x0EFF:
		return sLao
	case r >= 0x0F00 && r <= 0x0FFF:
		return sTibetan
	case r >= 0x1000 && r <= 0x109F:
		return sMyanmar
	case r >= 0x10A0 && r <= 0x10FF, r >= 0x1C90 && r <= 0x1CBF:
		return sGeorgian
	case r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F, r >= 0xAC00 && r <= 0xD7AF:
		return sHangul
	case r >= 0x1200 && r <= 0x139F:
		return sEthiopic
	case r >= 0x1780 && r <= 0x17FF:
		return sKhmer
	case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF, r >= 0xFF66 && r <= 0xFF9D:
		return sKana
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xF900 && r <= 0xFAFF,
		r >= 0x20000 && r <= 0x3FFFF:
		return sHan
	case r >= 0xFF21 && r <= 0xFF5A:
		return sLatin // full-width Latin
	}
	return -1
}

// Detect returns the ISO 639-1 code of the language of text and a
// confidence between 0 and 1, or "" and 0 when there is too little text or
// no profile fits (Latin-script text in another language, such as Polish).
// The confidence says how clearly the text is in that language: the share
// of its letters in the language's script, and for Latin and Cyrillic
// script how far the best profile is ahead of the next, discounted for a
// short text.
func Detect(text string) (code string, conf float64) {
	code, conf = detect(text)
	if conf <= 0 {
		return "", 0 // a tie between profiles is no answer
	}
	return code, conf
}

func detect(text string) (string, float64) {
	if len(text) > MaxSample {
		text = text[:MaxSample]
	}
	var count [nScripts]int
	letters := 0
	// Latin function words, by language, each weighted by 1/k for a word
	// that k languages share, so that "de" counts little and "the" much.
	var score [8]float64
	var hits [8]int
	words := 0
	var cyr cyrillicHints
	var arb arabicHints
	var word [32]byte // a lower-case Latin word, up to a length no function word reaches
	wn, long := 0, false
	stop, shapes := stopwords(), stopShapes()
	endWord := func() {
		if wn > 0 && !long {
			words++
			if !shapes.MayBytes(word[:wn]) {
				// no function word: no look-up
			} else if set := stop[string(word[:wn])]; set != 0 {
				k := float64(popcount(set))
				for i := range latinLangs {
					if set&(1<<i) != 0 {
						score[i] += 1 / k
						hits[i]++
					}
				}
			}
		} else if long {
			words++
		}
		wn, long = 0, false
	}
	for _, r := range text {
		s := -1
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				s = sLatin
			}
		case 0x0300 <= r && r <= 0x036F:
			continue // a combining accent (decomposed text) is part of its word
		case unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc):
			s = scriptOf(r)
		}
		if s >= 0 {
			count[s]++
			letters++
		}
		switch s {
		case sLatin:
			if r < utf8.RuneSelf { // ASCII: lower-cased without the Unicode tables
				if wn+1 > len(word) {
					long = true
				} else if !long {
					word[wn] = byte(r) | 0x20
					wn++
				}
				continue
			}
			lr := unicode.ToLower(r)
			if wn+utf8.RuneLen(lr) > len(word) {
				long = true
			} else if !long {
				wn += utf8.EncodeRune(word[wn:], lr)
			}
			continue
		case sCyrillic:
			cyr.add(r)
		case sArabic:
			arb.add(r)
		}
		if r == '\'' || r == '’' {
			// l'accord, dell'Unione: the article is a word of its own.
			endWord()
			continue
		}
		endWord()
	}
	endWord()
	if letters == 0 {
		return "", 0
	}
	// The dominant script; CJK is one group, as Japanese mixes kana with
	// Han and a Chinese text has none.
	cjk := count[sHan] + count[sKana]
	eff := func(s int) int {
		if s == sHan || s == sKana {
			return cjk
		}
		return count[s]
	}
	best := 0
	for s := range count {
		if eff(s) > eff(best) {
			best = s
		}
	}
	share := float64(eff(best)) / float64(letters)
	switch best {
	case sHan, sKana:
		share *= sizeFactor(cjk, 10)
		// Japanese text has kana in nearly every sentence; Chinese none.
		if count[sKana] > 0 && count[sKana]*20 >= cjk {
			return "ja", share
		}
		return "zh", share
	case sLatin:
		return latin(score, hits, words, share)
	case sCyrillic:
		code, c := cyr.lang()
		return code, share * c
	case sArabic:
		return arb.lang(), share * sizeFactor(count[best], 20)
	}
	return scriptLang[best], share * sizeFactor(count[best], 20)
}

// latin picks the profile with the best weighted score.
func latin(score [8]float64, hits [8]int, words int, share float64) (string, float64) {
	b, second := 0, -1
	for i := 1; i < len(latinLangs); i++ {
		if score[i] > score[b] {
			second, b = b, i
		} else if second < 0 || score[i] > score[second] {
			second = i
		}
	}
	if hits[b] == 0 || words == 0 {
		return "", 0
	}
	// Function words are a third to a half of running text in all eight
	// languages; well under a tenth means the text is in none of them.
	coverage := float64(hits[b]) / float64(words)
	if coverage < 0.08 {
		return "", 0
	}
	margin := (score[b] - score[second]) / score[b]
	return latinLangs[b], share * margin * min(1, coverage/0.2) * sizeFactor(words, 12)
}

// sizeFactor discounts a verdict on fewer than full units of evidence.
func sizeFactor(n, full int) float64 {
	return min(1, float64(n)/float64(full))
}

func popcount(x uint16) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// cyrillicHints counts letters that only some Cyrillic-script languages
// use: Ukrainian і ї є ґ, Belarusian ў (with і), Serbian and Macedonian
// ј љ њ ђ ћ џ ѓ ќ ѕ; Russian ы э ё and Bulgarian ъ in the middle of words
// tell those two apart roughly, which is all a note needs.
type cyrillicHints struct {
	uk, be, sr, mk, ru, bgHard, total int
}

func (h *cyrillicHints) add(r rune) {
	h.total++
	switch unicode.ToLower(r) {
	case 'ї', 'є', 'ґ':
		h.uk++
	case 'і':
		h.uk++
		h.be++
	case 'ў':
		h.be += 3
	case 'ђ', 'ћ':
		h.sr += 2
	case 'ѓ', 'ќ', 'ѕ':
		h.mk += 2
	case 'ј', 'љ', 'њ', 'џ':
		h.sr++
		h.mk++
	case 'ы', 'э', 'ё':
		h.ru++
	case 'ъ':
		h.bgHard++
	}
}

func (h *cyrillicHints) lang() (string, float64) {
	conf := sizeFactor(h.total, 100)
	switch {
	case h.be > h.uk && h.be > 0:
		return "be", conf
	case h.uk > 0 && h.uk >= h.ru:
		return "uk", conf
	case h.sr+h.mk > 0 && h.sr+h.mk >= h.ru:
		if h.mk > h.sr {
			return "mk", conf
		}
		return "sr", conf
	case h.bgHard*2 > h.ru:
		return "bg", conf * 0.7 // ъ is rare in Russian, but it exists
	}
	return "ru", conf
}

// arabicHints counts letters that Persian and Urdu add to the Arabic
// alphabet (پ چ ژ گ in both; ٹ ڈ ڑ ں ے in Urdu alone) and ة, which
// they rarely use.
type arabicHints struct{ fa, ur, ar int }

func (h *arabicHints) add(r rune) {
	switch r {
	case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
		h.fa++
		h.ur++
	case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ':
		h.ur += 3
	case 'ة', 'ى', 'ي', 'ك':
		h.ar++
	}
}

func (h *arabicHints) lang() string {
	switch {
	case h.ur > h.fa:
		return "ur"
	case h.fa > h.ar:
		return "fa"
	}
	return "ar"
}
