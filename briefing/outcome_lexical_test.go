package briefing

import (
	"encoding/json"
	"math"
	"slices"
	"testing"
)

// TestLexicalFeatures: a sentence's lexical buckets are its words, its
// word pairs, its opening pair and the verb after a modal, with names and
// numbers as classes, so that two sentences that differ only in their
// names and numbers share every bucket.
func TestLexicalFeatures(t *testing.T) {
	a := lexicalFeatures(tokenize("The parties will jointly establish a working group by 2026."), nil)
	b := lexicalFeatures(tokenize("The parties will jointly establish a working group by 2031."), nil)
	if !slices.Equal(a, b) {
		t.Errorf("numbers differ: %v, %v", a, b)
	}
	c := lexicalFeatures(tokenize("Japan and New Zealand will establish a working group."), nil)
	d := lexicalFeatures(tokenize("Japan and Sri Lanka will establish a working group."), nil)
	if !slices.Equal(c, d) {
		t.Errorf("names differ: %v, %v", c, d)
	}
	for _, want := range []uint32{lexHash('w', "establish", ""), lexHash('b', "will", "jointly"), lexHash('s', "the", "parties"),
		lexHash('m', "will", "establish"), lexHash('v', "establish", "")} {
		if !slices.Contains(a, want) {
			t.Errorf("bucket %d missing from %v", want, a)
		}
	}
	if slices.Contains(c, lexHash('m', "will", "a")) || !slices.Contains(c, lexHash('b', "and", "<C>")) || !slices.Contains(c, lexHash('b', "<C>", "will")) {
		t.Errorf("names not one class: %v", c)
	}
	for _, h := range a {
		if h >= lexBuckets {
			t.Fatalf("bucket %d out of range", h)
		}
	}
}

// TestLexicalBlockRoundTrip: the block written to the model file reads
// back with the same weights, rounded to four decimals, and adds them up
// over a sentence's buckets (once per occurrence).
func TestLexicalBlockRoundTrip(t *testing.T) {
	w := make([]float64, lexBuckets)
	w[3], w[17], w[lexBuckets-1] = 0.123456, -2, 0.00001
	l := NewLexicalBlock("test", w)
	data, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back LexicalBlock
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Weights != "3:0.1235 17:-2" {
		t.Errorf("weights written as %q", back.Weights)
	}
	if err := back.check(lexBuckets); err != nil {
		t.Error(err)
	}
	if got := back.odds([]uint32{3, 17, 17, 5}); math.Abs(got-(0.1235-4)) > 1e-12 {
		t.Errorf("odds = %v", got)
	}
	var nilBlock *LexicalBlock
	if nilBlock.odds([]uint32{3}) != 0 || nilBlock.check(lexBuckets) != nil {
		t.Error("a model without a block is not neutral")
	}
	for _, bad := range []string{`{"buckets":0}`, `{"buckets":4,"weights":"4:1"}`, `{"buckets":4,"weights":"x"}`, `{"buckets":4,"weights":"1:y"}`} {
		if err := json.Unmarshal([]byte(bad), new(LexicalBlock)); err == nil {
			t.Errorf("%s read without error", bad)
		}
	}
	if err := (&LexicalBlock{Buckets: 4, w: make([]float64, 4)}).check(lexBuckets); err == nil {
		t.Error("a block of another hash space passes check")
	}
}

// lexicalFeaturesByHash is lexicalFeatures with lexHash for each word
// and bigram feature, the reference its one-loop hashing must equal.
func lexicalFeaturesByHash(toks []token) []uint32 {
	forms := lexForms(toks, nil)
	var out []uint32
	for i, f := range forms {
		out = append(out, lexHash('w', f, ""))
		if i > 0 {
			out = append(out, lexHash('b', forms[i-1], f))
		}
		out = lexModalFeatures(forms, i, out)
	}
	return lexOpening(forms, out)
}

// TestLexicalFeaturesByHash holds lexicalFeatures to the feature-by-feature
// hashing, buckets and order, on invented sentences and the test documents'.
func TestLexicalFeaturesByHash(t *testing.T) {
	ts := []string{"", "A", "The parties will jointly establish a working group by 2026.", "Japan and New Zealand will not sign.",
		"Côte d’Ivoire’s minister, Dr. José Ñúñez, agreed to 3.5 per cent.", "\xff\xfe Bad UTF-8 will also do."}
	ts = append(ts, texts(t)...)
	for _, s := range ts {
		toks := tokenize(s)
		if got, want := lexicalFeatures(toks, nil), lexicalFeaturesByHash(toks); !slices.Equal(got, want) {
			t.Fatalf("lexicalFeatures(%q) = %v, feature by feature %v", s, got, want)
		}
	}
}
