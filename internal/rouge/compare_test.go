package rouge

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

// compareCases were scored with rouge.py's RougeScorer (the values printed
// by `python3 rouge.py pair REF CAND`, at full precision).
var compareCases = []struct {
	ref, cand string
	want      Scores
}{
	{"The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log.", Scores{Score{0.75, 0.6666666666666666, 0.7058823529411765}, Score{0.2857142857142857, 0.25, 0.26666666666666666}, Score{0.625, 0.5555555555555556, 0.5882352941176471}, Score{0.625, 0.5555555555555556, 0.5882352941176471}}},
	{"w1 w2 w3\nw4 w5", "w1 w3 w2\nw5 w4", Scores{Score{1.0, 1.0, 1.0}, Score{0.0, 0.0, 0.0}, Score{0.6, 0.6, 0.6}, Score{0.6, 0.6, 0.6}}},
	{"Police arrested the suspects on Monday.\nThe suspects were charged with robbery.", "Police said they had arrested two suspects.\nCharges of robbery followed on Monday!", Scores{Score{0.5384615384615384, 0.5833333333333334, 0.5599999999999999}, Score{0.08333333333333333, 0.09090909090909091, 0.08695652173913043}, Score{0.38461538461538464, 0.4166666666666667, 0.4}, Score{0.5384615384615384, 0.5833333333333334, 0.5599999999999999}}},
	{"\u0130stanbul's 5\u212aM race \u2014 na\u00efve caf\u00e9, ETA 10:30", "istanbul 5km race naive cafe eta 1030", Scores{Score{0.42857142857142855, 0.2727272727272727, 0.33333333333333326}, Score{0.16666666666666666, 0.1, 0.125}, Score{0.42857142857142855, 0.2727272727272727, 0.33333333333333326}, Score{0.42857142857142855, 0.2727272727272727, 0.33333333333333326}}},
	{"some reference text", "", Scores{Score{0.0, 0.0, 0.0}, Score{0.0, 0.0, 0.0}, Score{0.0, 0.0, 0.0}, Score{0.0, 0.0, 0.0}}},
	{"some reference text", "!!! ... \u2014", Scores{Score{0.0, 0.0, 0.0}, Score{0.0, 0.0, 0.0}, Score{0.0, 0.0, 0.0}, Score{0.0, 0.0, 0.0}}},
	{"the the the cat", "the the cat cat cat", Scores{Score{0.6, 0.75, 0.6666666666666665}, Score{0.5, 0.6666666666666666, 0.5714285714285715}, Score{0.6, 0.75, 0.6666666666666665}, Score{0.6, 0.75, 0.6666666666666665}}},
	{"a b c\n\n   \nd e", "\n\nd e a\nb c\n", Scores{Score{1.0, 1.0, 1.0}, Score{0.75, 0.75, 0.75}, Score{0.6, 0.6, 0.6}, Score{1.0, 1.0, 1.0}}},
	{"hello", "hello", Scores{Score{1.0, 1.0, 1.0}, Score{0.0, 0.0, 0.0}, Score{1.0, 1.0, 1.0}, Score{1.0, 1.0, 1.0}}},
	{"Generously relational conditioning hopping\nponies caresses skies", "generous relations condition hopped\npony caress sky", Scores{Score{1.0, 1.0, 1.0}, Score{1.0, 1.0, 1.0}, Score{1.0, 1.0, 1.0}, Score{1.0, 1.0, 1.0}}},
	{"one two three four five six\nseven eight nine ten", "ten nine eight seven\nsix five four three two one\none two", Scores{Score{0.8333333333333334, 1.0, 0.9090909090909091}, Score{0.09090909090909091, 0.1111111111111111, 0.09999999999999999}, Score{0.16666666666666666, 0.2, 0.1818181818181818}, Score{0.25, 0.3, 0.2727272727272727}}},
	{"a\na b", "b a", Scores{Score{1.0, 0.6666666666666666, 0.8}, Score{0.0, 0.0, 0.0}, Score{0.5, 0.3333333333333333, 0.4}, Score{0.5, 0.3333333333333333, 0.4}}},
	{"x y z\nz y x\ny", "y x\nz\nx y z z", Scores{Score{0.8571428571428571, 0.8571428571428571, 0.8571428571428571}, Score{0.6666666666666666, 0.6666666666666666, 0.6666666666666666}, Score{0.5714285714285714, 0.5714285714285714, 0.5714285714285714}, Score{0.8571428571428571, 0.8571428571428571, 0.8571428571428571}}},
}

func TestCompare(t *testing.T) {
	s := NewScorer()
	for _, c := range compareCases {
		for name, got := range map[string]Scores{
			"Compare":        Compare(c.ref, c.cand),
			"Scorer.Compare": s.Compare(c.ref, c.cand),
		} {
			if !scoresClose(got, c.want, 1e-9) {
				t.Errorf("%s(%q, %q) = %+v, want %+v", name, c.ref, c.cand, got, c.want)
			}
		}
	}
}

func scoresClose(a, b Scores, tol float64) bool {
	close := func(x, y Score) bool {
		return math.Abs(x.Precision-y.Precision) <= tol &&
			math.Abs(x.Recall-y.Recall) <= tol &&
			math.Abs(x.F1-y.F1) <= tol
	}
	return close(a.R1, b.R1) && close(a.R2, b.R2) && close(a.RL, b.RL) && close(a.RLsum, b.RLsum)
}

// tokenizeCases were tokenised with rouge.py's tokenize(text, PorterStemmer()).
var tokenizeCases = []struct {
	text string
	want []string
}{
	{"Hello, World! It's 10:30 a.m.", []string{"hello", "world", "it", "s", "10", "30", "a", "m"}},
	{"\u0130stanbul \u212aelvin \u212a", []string{"i", "stanbul", "kelvin", "k"}},
	{"na\u00efve caf\u00e9 \u00c9cole ARABIC\u0663 digits", []string{"na", "ve", "caf", "cole", "arab", "digit"}},
	{"Running jumps\tquickly\u00a0and\u2003happily", []string{"run", "jump", "quickli", "and", "happili"}},
	{"", []string{}},
	{"  ---  ", []string{}},
	{"CNN's 1990s MP3s", []string{"cnn", "s", "1990", "mp3"}},
}

func TestTokenize(t *testing.T) {
	for _, c := range tokenizeCases {
		if got := Tokenize(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestBootstrap(t *testing.T) {
	if m, lo, hi := Bootstrap(nil); m != 0 || lo != 0 || hi != 0 {
		t.Errorf("Bootstrap(nil) = %v, %v, %v, want 0, 0, 0", m, lo, hi)
	}
	if m, lo, hi := Bootstrap([]float64{0.25}); m != 0.25 || lo != 0.25 || hi != 0.25 {
		t.Errorf("Bootstrap([0.25]) = %v, %v, %v, want 0.25 three times", m, lo, hi)
	}
	// 0, 0.01, ..., 0.99: mean 0.495, standard error about 0.029, so the
	// 95% interval is about ±0.057 wide.
	vals := make([]float64, 100)
	for i := range vals {
		vals[i] = float64(i) / 100
	}
	m, lo, hi := Bootstrap(vals)
	if math.Abs(m-0.495) > 1e-12 {
		t.Errorf("Bootstrap mean = %v, want 0.495", m)
	}
	if !(lo < m && m < hi) || math.Abs((m-lo)-0.057) > 0.012 || math.Abs((hi-m)-0.057) > 0.012 {
		t.Errorf("Bootstrap interval = [%v, %v] around %v, want about ±0.057", lo, hi, m)
	}
	if m2, lo2, hi2 := Bootstrap(vals); m2 != m || lo2 != lo || hi2 != hi {
		t.Errorf("Bootstrap is not deterministic: %v %v %v then %v %v %v", m, lo, hi, m2, lo2, hi2)
	}
}

// benchRef and benchCand are an invented news story and a lead-style
// summary of it, sized like a CNN/DailyMail reference (4 highlights, ~60
// tokens) against a BBC-style extract (~8 sentences, ~190 tokens).
const benchRef = `the city council approved a new budget on tuesday after months of debate .
the plan raises spending on public transport and road repairs by 12 percent .
opponents said the increase would push up local taxes for families .
the mayor promised a review of the bus network before the end of the year .`

const benchCand = `The City Council approved its budget for next year on Tuesday evening, ending months of argument between the mayor's office and opposition members.
The plan, worth $2.4bn, raises spending on public transport and road repairs by 12% and freezes hiring in most other departments.
Council members voted 31 to 20 in favour after a debate that lasted more than six hours.
Opponents said the increase would inevitably push up local taxes for working families, who already pay some of the highest rates in the region.
"We cannot keep asking residents to pay more for services that are getting worse," said one councillor.
The mayor defended the proposals, saying years of underinvestment had left buses unreliable and roads dangerous.
She promised a full review of the bus network before the end of the year and said fares would not rise until it was complete.
The budget now goes to the state finance board, which is expected to sign it off next month.`

func BenchmarkCompare(b *testing.B) {
	s := NewScorer()
	s.Compare(benchRef, benchCand) // warm the stem cache, as in corpus scoring
	b.ReportAllocs()
	for b.Loop() {
		s.Compare(benchRef, benchCand)
	}
}

func BenchmarkCompareParallel(b *testing.B) {
	s := NewScorer()
	s.Compare(benchRef, benchCand)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			s.Compare(benchRef, benchCand)
		}
	})
}

func TestBenchTextsSize(t *testing.T) {
	// Keep the benchmark realistic: guard against accidental edits.
	if n, m := len(Tokenize(benchRef)), len(Tokenize(benchCand)); n < 50 || m < 150 {
		t.Errorf("benchmark texts have %d and %d tokens, want >= 50 and >= 150", n, m)
	}
	if strings.Count(benchRef, "\n") != 3 {
		t.Errorf("benchRef should have 4 lines")
	}
}

// TestScorerConcurrent shares one cold Scorer between goroutines (run it
// with -race).
func TestScorerConcurrent(t *testing.T) {
	s := NewScorer()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range compareCases {
				c := compareCases[(i+g)%len(compareCases)]
				if got := s.Compare(c.ref, c.cand); !scoresClose(got, c.want, 1e-9) {
					t.Errorf("Scorer.Compare(%q, %q) = %+v, want %+v", c.ref, c.cand, got, c.want)
				}
				s.Tokenize(benchCand)
			}
		})
	}
	wg.Wait()
}

// TestLCSLen checks the bit-parallel LCS length against the textbook
// dynamic programme, across word boundaries of the bit vectors.
func TestLCSLen(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var sc scratch
	for range 2000 {
		k := 1 + rng.IntN(12)
		a := make([]int32, 1+rng.IntN(300))
		b := make([]int32, 1+rng.IntN(300))
		for i := range a {
			a[i] = int32(rng.IntN(k))
		}
		for i := range b {
			b[i] = int32(rng.IntN(k))
		}
		dp := make([][]int, len(a)+1)
		for i := range dp {
			dp[i] = make([]int, len(b)+1)
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				if a[i-1] == b[j-1] {
					dp[i][j] = dp[i-1][j-1] + 1
				} else {
					dp[i][j] = max(dp[i-1][j], dp[i][j-1])
				}
			}
		}
		if got, want := sc.lcsLen(a, b, k), dp[len(a)][len(b)]; got != want {
			t.Fatalf("lcsLen(%v, %v) = %d, want %d", a, b, got, want)
		}
	}
}
