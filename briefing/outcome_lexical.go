package briefing

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The outcome model's lexical block: besides the hand-designed features
// (outcome_features.go), a sentence is described by the words it uses,
// hashed into a fixed number of buckets, each with a weight the trainer
// learns. No phrase is written by hand: "will establish", "the parties
// agreed" or "attended the" weigh what the annotated corpus says they
// weigh, under a stronger penalty than the other features so that a word
// seen in one document weighs little.
//
// What is hashed, of the sentence's words (a capitalised word after the
// first is a name, <C>, and a run of names is one; a number is <N>):
//   - every word ("w"), and every pair of neighbouring words ("b");
//   - the first two words ("s"), where the subject usually is ("the
//     parties", "both sides", "<C> will");
//   - the word after a modal, "to" or a verb of deciding ("m": "will
//     establish", "agreed to" → "to deepen"), past one adverb, and the
//     verb alone ("v").

// lexBits is the size of the hash space: 2^lexBits buckets. A change
// makes every fitted block stale (Check says so).
const lexBits = 14

// lexBuckets is the number of buckets.
const lexBuckets = 1 << lexBits

// FNV-1a, 32 bits: hashing the parts of a feature without joining them
// into a string.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvByte(h uint32, b byte) uint32 {
	h ^= uint32(b)
	return h * fnvPrime
}

// lexHash is the bucket of family fam's feature of the words a and b
// (b "" for a feature of one word).
func lexHash(fam byte, a, b string) uint32 {
	h := fnvByte(fnvOffset, fam)
	h = fnvByte(h, '|')
	h = fnvString(h, a)
	if b != "" {
		h = fnvByte(h, ' ')
		h = fnvString(h, b)
	}
	return h & (lexBuckets - 1)
}

// lexForm is the form a word takes in the lexical features: its folded
// form, <C> for a capitalised word that is not the first (a name), <N>
// for a number.
func lexForm(t token, first bool) string {
	r, _ := utf8.DecodeRuneInString(t.text)
	switch {
	case '0' <= r && r <= '9':
		return "<N>"
	case !first && unicode.IsUpper(r):
		return "<C>"
	}
	return t.key()
}

// lexModal reports the words after which the next word is a verb worth a
// feature of its own (a switch: every word of every sentence is asked).
func lexModal(w string) bool {
	switch w {
	case "will", "shall", "would", "to", "must", "should", "can", "could", "may", "might",
		"agreed", "decided", "resolved", "committed":
		return true
	}
	return false
}

// lexicalFeatures appends to buf the buckets of the lexical features of
// a sentence's tokens (a bucket once for each time its feature occurs).
func lexicalFeatures(toks []token, buf []uint32) []uint32 {
	var formsBuf [64]string
	forms := lexForms(toks, formsBuf[:0])
	// The word feature of a form and the opening of the bigram it starts
	// ("b|" f " ") hash the same bytes: one loop carries both (the next
	// form finishes the bigram from that state). Each bucket is
	// lexHash's, appended in the same order.
	wordStart, bigramStart := fnvByte(fnvByte(fnvOffset, 'w'), '|'), fnvByte(fnvByte(fnvOffset, 'b'), '|')
	var open uint32 // the hash of "b|" forms[i-1] " "
	for i, f := range forms {
		hw, hb := wordStart, bigramStart
		for k := 0; k < len(f); k++ {
			c := uint32(f[k])
			hw, hb = (hw^c)*fnvPrime, (hb^c)*fnvPrime
		}
		buf = append(buf, hw&(lexBuckets-1))
		if i > 0 {
			buf = append(buf, fnvString(open, f)&(lexBuckets-1))
		}
		open = fnvByte(hb, ' ')
		buf = lexModalFeatures(forms, i, buf)
	}
	return lexOpening(forms, buf)
}

// lexForms appends to forms the forms of the words of toks (lexForm), a
// run of capitalised words as one <C>.
func lexForms(toks []token, forms []string) []string {
	for _, t := range toks {
		if !t.word || t.text == "" {
			continue
		}
		f := lexForm(t, len(forms) == 0)
		if f == "<C>" && len(forms) > 0 && forms[len(forms)-1] == "<C>" {
			continue
		}
		forms = append(forms, f)
	}
	return forms
}

// lexModalFeatures appends the modal features of forms[i]: the modal
// with the verb after it (an adverb, "also", "further" or "not" between
// skipped) and that verb alone; none when forms[i] is no modal.
func lexModalFeatures(forms []string, i int, buf []uint32) []uint32 {
	f := forms[i]
	if !lexModal(f) {
		return buf
	}
	j := i + 1
	if j < len(forms)-1 && (strings.HasSuffix(forms[j], "ly") || forms[j] == "also" || forms[j] == "further" || forms[j] == "not") {
		j++
	}
	if j < len(forms) {
		buf = append(buf, lexHash('m', f, forms[j]), lexHash('v', forms[j], ""))
	}
	return buf
}

// lexOpening appends the feature of a sentence's first two forms.
func lexOpening(forms []string, buf []uint32) []uint32 {
	if len(forms) >= 2 {
		buf = append(buf, lexHash('s', forms[0], forms[1]))
	}
	return buf
}

// LexicalBlock is the weights of the lexical features, one per bucket.
// In outcome_model.json they are written as text, "bucket:weight" pairs
// for the buckets with a weight, so that the file stays small.
type LexicalBlock struct {
	Description string    `json:"description"`
	Buckets     int       `json:"buckets"`
	Weights     string    `json:"weights"`
	w           []float64 // by bucket, parsed from Weights
}

// NewLexicalBlock is the block of weights (one per bucket, rounded to
// four decimals, those that round to 0 left out).
func NewLexicalBlock(description string, weights []float64) *LexicalBlock {
	l := &LexicalBlock{Description: description, Buckets: len(weights), w: make([]float64, len(weights))}
	var b strings.Builder
	for i, v := range weights {
		s := strconv.FormatFloat(v, 'f', 4, 64)
		if s == "0.0000" || s == "-0.0000" {
			continue
		}
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		l.w[i], _ = strconv.ParseFloat(s, 64)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(':')
		b.WriteString(s)
	}
	l.Weights = b.String()
	return l
}

// UnmarshalJSON reads a block and parses its weights.
func (l *LexicalBlock) UnmarshalJSON(data []byte) error {
	type plain LexicalBlock
	if err := json.Unmarshal(data, (*plain)(l)); err != nil {
		return err
	}
	if l.Buckets <= 0 || l.Buckets > 1<<20 {
		return fmt.Errorf("lexical block: %d buckets", l.Buckets)
	}
	l.w = make([]float64, l.Buckets)
	for pair := range strings.FieldsSeq(l.Weights) { // no slice of 20,000 strings to read once
		k, v, ok := strings.Cut(pair, ":")
		i, err := strconv.Atoi(k)
		if !ok || err != nil || i < 0 || i >= l.Buckets {
			return fmt.Errorf("lexical block: bad weight %q", pair)
		}
		if l.w[i], err = strconv.ParseFloat(v, 64); err != nil {
			return fmt.Errorf("lexical block: bad weight %q", pair)
		}
	}
	return nil
}

// odds is what the lexical features of a sentence, by their buckets, add
// to its log-odds.
func (l *LexicalBlock) odds(buckets []uint32) float64 {
	if l == nil {
		return 0
	}
	z := 0.0
	for _, b := range buckets {
		if int(b) < len(l.w) {
			z += l.w[b]
		}
	}
	return z
}

// LogOdds is what the lexical features of a sentence or a document, by
// their buckets, add to its log-odds (0 for a nil block).
func (l *LexicalBlock) LogOdds(buckets []uint32) float64 { return l.odds(buckets) }

// check reports a block fitted for another hash space than one of
// buckets buckets.
func (l *LexicalBlock) check(buckets int) error {
	if l != nil && (l.Buckets != buckets || len(l.w) != buckets) {
		return fmt.Errorf("lexical block has %d buckets, the code hashes into %d", l.Buckets, buckets)
	}
	return nil
}

// LexicalBuckets is the number of buckets the lexical features are hashed
// into: the length of the weights a trainer fits.
func LexicalBuckets() int { return lexBuckets }
