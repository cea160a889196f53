package rank

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// mkDoc builds a document with one paragraph per sentence.
func mkDoc(sents ...string) *Doc {
	d := &Doc{}
	for i, s := range sents {
		d.Sentences = append(d.Sentences, Sentence{Text: s, Paragraph: i})
	}
	return d
}

// synthDoc builds a realistic news-like document of n sentences from a
// fixed vocabulary, deterministically.
func synthDoc(n int) *Doc {
	words := strings.Fields(`the minister said on tuesday that the government would raise
		spending on schools and hospitals by 4 % next year , after talks with unions
		collapsed . officials in london warned that the plan could cost billions and
		opposition leaders called it a reckless gamble ahead of the election . police
		arrested three men in connection with the attack , which killed 12 people in the
		northern city of leeds on saturday night . "we will not be intimidated," the mayor
		told reporters . shares in the company fell sharply after it reported a loss of
		$ 2.5 billion for the quarter , blaming higher fuel prices and weak demand`)
	d := &Doc{Title: "Government to raise school spending"}
	state := uint32(2463534242)
	next := func() int {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		return int(state)
	}
	for i := 0; i < n; i++ {
		l := 12 + next()%20
		start := next() % len(words)
		var b strings.Builder
		for j := 0; j < l; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(start+j*7+next()%3)%len(words)])
		}
		b.WriteString(" .")
		d.Sentences = append(d.Sentences, Sentence{Text: b.String(), Paragraph: i / 3})
	}
	return d
}

func allRankers(t testing.TB) []Ranker {
	var rs []Ranker
	for _, name := range Names() {
		r, err := Lookup(name)
		if err != nil {
			t.Fatalf("Lookup(%q): %v", name, err)
		}
		if r.Name() != name {
			t.Fatalf("Lookup(%q).Name() = %q", name, r.Name())
		}
		rs = append(rs, r)
	}
	return rs
}

func TestLookup(t *testing.T) {
	names := Names()
	for _, want := range []string{"default", "lead", "textrank", "lexrank", "luhn", "sumbasic", "report", "bill", "transcript"} {
		if !slices.Contains(names, want) {
			t.Errorf("Names() = %v, missing %q", names, want)
		}
	}
	if names[0] != "default" {
		t.Errorf("Names()[0] = %q, want default", names[0])
	}
	_, err := Lookup("nope")
	if err == nil {
		t.Fatal("Lookup(nope) succeeded")
	}
	for _, n := range names {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error %q does not list %q", err, n)
		}
	}
}

func TestRankersDeterministicAndSmallDocs(t *testing.T) {
	docs := []*Doc{
		{},
		mkDoc("Only one sentence here."),
		mkDoc("First of two sentences.", "Second of two."),
		synthDoc(30),
		synthDoc(450), // above maxGraph: the linear fallback
	}
	for _, r := range allRankers(t) {
		for _, d := range docs {
			a, b := r.Score(d), r.Score(d)
			if len(a) != len(d.Sentences) {
				t.Fatalf("%s: %d scores for %d sentences", r.Name(), len(a), len(d.Sentences))
			}
			for i := range a {
				if a[i] != b[i] {
					t.Fatalf("%s: score %d differs between runs: %v vs %v", r.Name(), i, a[i], b[i])
				}
				if math.IsNaN(a[i]) || math.IsInf(a[i], 0) {
					t.Fatalf("%s: score %d is %v", r.Name(), i, a[i])
				}
			}
			picks, _ := Choose(d, r, Budget{Sentences: 3})
			if len(d.Sentences) > 0 && len(picks) == 0 {
				t.Fatalf("%s: empty summary of %d sentences", r.Name(), len(d.Sentences))
			}
		}
	}
}

func TestLeadDecreasing(t *testing.T) {
	r, _ := Lookup("lead")
	s := r.Score(synthDoc(20))
	for i := 1; i < len(s); i++ {
		if !(s[i] < s[i-1]) {
			t.Fatalf("lead scores not decreasing at %d: %v", i, s)
		}
	}
	// Lead is LEAD-k: the first k sentences, even when they repeat.
	d := mkDoc("the cat sat on the mat today .", "the cat sat on the mat again .", "a dog barked .", "x y z .", "p q r .", "s t u .", "v w x .", "k l m .", "n o p .", "e f g .")
	got, _ := Choose(d, r, Budget{Sentences: 3})
	if idx := indices(got); !slices.Equal(idx, []int{0, 1, 2}) {
		t.Fatalf("lead picked %v, want [0 1 2]", idx)
	}
}

func indices(p []Pick) []int {
	var out []int
	for _, x := range p {
		out = append(out, x.Index)
	}
	return out
}

func TestSelectBudgets(t *testing.T) {
	d := mkDoc(
		"alpha one two three four .",                          // 5 words (a lone "." is not a word)
		"beta five six .",                                     // 3
		"gamma seven eight nine ten eleven twelve thirteen .", // 8
		"delta fourteen .",                                    // 2
		"epsilon fifteen sixteen .",                           // 3
	)
	scores := []float64{1, 5, 3, 4, 2}

	got := Select(d, scores, Budget{Sentences: 2})
	if idx := indices(got); !slices.Equal(idx, []int{1, 3}) {
		t.Errorf("Sentences=2: got %v, want [1 3]", idx)
	}
	for _, p := range got {
		if p.Score != scores[p.Index] {
			t.Errorf("pick %d has score %v", p.Index, p.Score)
		}
	}
	if got[0].Rank != 1 || got[1].Rank != 2 {
		t.Errorf("ranks = %d,%d, want 1,2", got[0].Rank, got[1].Rank)
	}

	// Words: 3 (beta) + 2 (delta) = 5; gamma (8) does not fit in 7, epsilon (3) does not either; alpha (5) no.
	got = Select(d, scores, Budget{Words: 7})
	if idx := indices(got); !slices.Equal(idx, []int{1, 3}) {
		t.Errorf("Words=7: got %v, want [1 3]", idx)
	}
	got = Select(d, scores, Budget{Words: 8})
	if idx := indices(got); !slices.Equal(idx, []int{1, 3, 4}) {
		t.Errorf("Words=8: got %v, want [1 3 4]", idx)
	}
	// The best sentence alone exceeds the budget: take it anyway.
	got = Select(d, scores, Budget{Words: 1})
	if idx := indices(got); !slices.Equal(idx, []int{1}) {
		t.Errorf("Words=1: got %v, want [1]", idx)
	}
	// Both limits.
	got = Select(d, scores, Budget{Sentences: 1, Words: 100})
	if idx := indices(got); !slices.Equal(idx, []int{1}) {
		t.Errorf("Sentences=1 Words=100: got %v, want [1]", idx)
	}
	// No limit: everything, in document order.
	got = Select(d, scores, Budget{})
	if idx := indices(got); !slices.Equal(idx, []int{0, 1, 2, 3, 4}) {
		t.Errorf("no limit: got %v", idx)
	}
	if got := Select(&Doc{}, nil, Budget{Sentences: 3}); len(got) != 0 {
		t.Errorf("empty doc: got %v", got)
	}
}

func TestSelectTiesAndNaN(t *testing.T) {
	d := mkDoc("a b c .", "d e f .", "g h i .", "j k l .")
	got := Select(d, []float64{1, 2, 2, 2}, Budget{Sentences: 2})
	if idx := indices(got); !slices.Equal(idx, []int{1, 2}) {
		t.Errorf("ties: got %v, want [1 2]", idx)
	}
	got = Select(d, []float64{math.NaN(), 0, math.NaN(), -1}, Budget{Sentences: 3})
	if idx := indices(got); !slices.Equal(idx, []int{0, 1, 3}) {
		t.Errorf("NaN: got %v, want [0 1 3]", idx)
	}
}

func TestSelectRedundancy(t *testing.T) {
	d := mkDoc(
		"the president announced new sanctions against the regime on monday .",
		"on monday the president announced new sanctions against the regime .",
		"oil prices rose after the announcement .",
		"allies welcomed the move .",
		"the regime said it would respond .",
		"markets in asia were calm .",
		"analysts expect further measures .",
		"the sanctions target the banking sector .",
		"a vote is due next week .",
		"officials gave no further details .",
	)
	scores := []float64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
	got := indices(Select(d, scores, Budget{Sentences: 3}))
	if !slices.Equal(got, []int{0, 2, 3}) {
		t.Errorf("small budget: got %v, want the near-duplicate 1 dropped: [0 2 3]", got)
	}
	// Exact duplicates are dropped at any budget.
	d2 := mkDoc(append([]string{d.Sentences[0].Text}, func() []string {
		var s []string
		for _, x := range d.Sentences {
			s = append(s, x.Text)
		}
		return s
	}()...)...)
	scores2 := append([]float64{11}, scores...)
	got = indices(Select(d2, scores2, Budget{Sentences: 6}))
	if slices.Contains(got, 0) && slices.Contains(got, 1) {
		t.Errorf("large budget kept an exact duplicate: %v", got)
	}
	if len(got) != 6 {
		t.Errorf("large budget: %d picks, want 6", len(got))
	}
	// When only redundant sentences remain, they fill the budget.
	d3 := mkDoc("a b c d .", "a b c d e .", "a b c d f .")
	if got := Select(d3, []float64{3, 2, 1}, Budget{Sentences: 3}); len(got) != 3 {
		t.Errorf("fill: got %v", got)
	}
}

func TestInTrainingHalf(t *testing.T) {
	train := 0
	for i := 0; i < 1000; i++ {
		if InTrainingHalf(fmt.Sprintf("doc-%d", i)) {
			train++
		}
	}
	if train < 400 || train > 600 {
		t.Errorf("%d of 1000 ids in training half", train)
	}
	// FNV-1a 32 of "" is 0x811c9dc5 (odd); of "a" is 0xe40c292c (even).
	if InTrainingHalf("") || !InTrainingHalf("a") {
		t.Error("InTrainingHalf does not follow FNV-1a parity")
	}
}

func TestFeaturesShape(t *testing.T) {
	d := synthDoc(25)
	rows := Features(d)
	if len(rows) != 25 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, r := range rows {
		if len(r) != len(FeatureNames()) {
			t.Fatalf("row has %d features, want %d", len(r), len(FeatureNames()))
		}
	}
	// Lower-cased input: capitalisation features vanish instead of misfiring.
	lower := &Doc{}
	for _, s := range d.Sentences {
		lower.Sentences = append(lower.Sentences, Sentence{Text: strings.ToLower(s.Text)})
	}
	caps := slices.Index(FeatureNames(), "capsrel")
	for _, r := range Features(lower) {
		if r[caps] != 0 {
			t.Fatalf("capsrel = %v on lower-case text", r[caps])
		}
	}
}

func FuzzScore(f *testing.F) {
	f.Add("Hello world. This is a test.\nAnother line!", "Title", uint8(3), uint16(0))
	f.Add("", "", uint8(0), uint16(5))
	f.Add("\xe2\x80\x9cquoted\xe2\x80\x9d text . 12 % up ? yes", "", uint8(1), uint16(2))
	f.Fuzz(func(t *testing.T, text, title string, k uint8, words uint16) {
		d := &Doc{Title: title}
		for i, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '\n' || r == '?' }) {
			// Sections too, for the long-document rankers: none, a
			// report's own summary, and whatever the title is.
			sec := []string{"", "Summary", title}[(i/2)%3]
			d.Sentences = append(d.Sentences, Sentence{Text: s, Paragraph: i / 2, Bullet: i%3 == 1, Section: sec})
		}
		b := Budget{Sentences: int(k % 8), Words: int(words % 50)}
		for _, r := range allRankers(t) {
			scores := r.Score(d)
			if len(scores) != len(d.Sentences) {
				t.Fatalf("%s: %d scores for %d sentences", r.Name(), len(scores), len(d.Sentences))
			}
			for _, s := range scores {
				if math.IsNaN(s) {
					t.Fatalf("%s: NaN score", r.Name())
				}
			}
			picks, _ := Choose(d, r, b)
			if len(d.Sentences) > 0 && len(picks) == 0 {
				t.Fatalf("%s: empty summary", r.Name())
			}
			if b.Sentences > 0 && len(picks) > b.Sentences {
				t.Fatalf("%s: %d picks over budget %d", r.Name(), len(picks), b.Sentences)
			}
			for i, p := range picks {
				if p.Index < 0 || p.Index >= len(d.Sentences) || (i > 0 && p.Index <= picks[i-1].Index) {
					t.Fatalf("%s: picks out of order or range: %v", r.Name(), picks)
				}
				if p.Rank < 1 || p.Rank > len(d.Sentences) {
					t.Fatalf("%s: bad rank %d", r.Name(), p.Rank)
				}
			}
			if b.Words > 0 && len(picks) > 1 {
				total := 0
				for _, p := range picks {
					total += vocab.CountWords(d.Sentences[p.Index].Text)
				}
				if total > b.Words {
					t.Fatalf("%s: %d words over budget %d", r.Name(), total, b.Words)
				}
			}
		}
	})
}

func benchScore(b *testing.B, name string, n int) {
	r, err := Lookup(name)
	if err != nil {
		b.Fatal(err)
	}
	d := synthDoc(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Score(d)
	}
}

func BenchmarkScoreDefault(b *testing.B) {
	b.Run("30", func(b *testing.B) { benchScore(b, "default", 30) })
	b.Run("10000", func(b *testing.B) { benchScore(b, "default", 10000) })
}

func BenchmarkScoreTextRank(b *testing.B) {
	b.Run("30", func(b *testing.B) { benchScore(b, "textrank", 30) })
	b.Run("10000", func(b *testing.B) { benchScore(b, "textrank", 10000) })
}

func TestCountWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"Yeah , sure .", 2},        // transcripts keep punctuation as tokens
		{"one — two – three", 3},    // dashes are not words
		{"“ quoted ” text", 2},      // nor are lone curly quotes
		{"£5 (a) 10% x-ray", 4},     // a token with a letter or digit is a word
		{"naïve café\tdéjà\nvu", 4}, // non-ASCII letters count
		{"... -- !!", 0},
	} {
		if got := CountWords(c.in); got != c.want {
			t.Errorf("CountWords(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
