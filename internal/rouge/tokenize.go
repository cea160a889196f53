package rouge

import "unicode/utf8"

// Tokenize returns the tokens of text exactly as rouge.py's
// tokenize(text, stemmer) does (rouge-score's tokenizer with
// use_stemmer=True): the text is lower-cased, every run of characters
// outside [a-z0-9] becomes a space, the text is split on spaces, and
// tokens longer than three characters are replaced by their [Stem].
//
// Lower-casing follows Python's str.lower, which matters for two non-ASCII
// characters only: U+212A KELVIN SIGN becomes "k" (and so joins the token
// around it), and U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE becomes "i"
// followed by a combining dot (so it contributes an "i" that ends the
// token). Every other non-ASCII character, and every invalid UTF-8 byte, is
// a separator. Non-ASCII digits are separators too.
//
// Tokenize uses a package-level [Scorer]'s stem cache.
func Tokenize(text string) []string {
	return defaultScorer.Tokenize(text)
}

// scanTokens lower-cases text as Python would and appends the bytes of each
// [a-z0-9]+ token to arena, recording in ends the arena offset at which each
// token ends. Each newline appends the current token count to sents, so that
// sents[i] is the number of tokens before the end of line i. It returns the
// extended slices.
func scanTokens(text string, arena []byte, ends, sents []int32) ([]byte, []int32, []int32) {
	start := len(arena) // start of the current token in arena
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			i++
			switch {
			case b >= 'a' && b <= 'z' || b >= '0' && b <= '9':
				arena = append(arena, b)
			case b >= 'A' && b <= 'Z':
				arena = append(arena, b+('a'-'A'))
			default:
				if len(arena) > start {
					ends = append(ends, int32(len(arena)))
					start = len(arena)
				}
				if b == '\n' {
					sents = append(sents, int32(len(ends)))
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch r {
		case '\u212a': // KELVIN SIGN: str.lower gives "k"
			arena = append(arena, 'k')
		case '\u0130': // str.lower gives "i" + U+0307 (a separator)
			arena = append(arena, 'i')
			ends = append(ends, int32(len(arena)))
			start = len(arena)
		default:
			if len(arena) > start {
				ends = append(ends, int32(len(arena)))
				start = len(arena)
			}
		}
	}
	if len(arena) > start {
		ends = append(ends, int32(len(arena)))
	}
	sents = append(sents, int32(len(ends)))
	return arena, ends, sents
}
