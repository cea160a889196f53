package rouge

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// The evaluation data lives beside the repository (../shared/eval from the
// repository root) and may not be copied into it. Tests that need it skip
// when it is absent.
var evalDir = filepath.Join("..", "..", "..", "shared", "eval")

var devFiles = []string{"cnndm_dev.jsonl", "bbc_dev.jsonl"}

// evalRow is one line of a summaries/*.jsonl file.
type evalRow struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Sentences []string        `json:"sentences"`
	Reference string          `json:"reference"`
	K         int             `json:"k"`
}

// needPython returns the path of rouge.py and of python3, or skips t (also
// in -short mode: these tests take seconds).
func needPython(t *testing.T) (rougePy, python string) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping comparison with rouge.py in short mode")
	}
	rougePy = filepath.Join(evalDir, "tools", "rouge.py")
	if _, err := os.Stat(rougePy); err != nil {
		t.Skipf("reference scorer not available: %v", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	return rougePy, python
}

// loadRows reads summaries/name, or skips t when it is absent.
func loadRows(t *testing.T, name string) []evalRow {
	t.Helper()
	path := filepath.Join(evalDir, "summaries", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("evaluation data not available: %v", err)
	}
	defer f.Close()
	var rows []evalRow
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var r evalRow
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", path)
	}
	return rows
}

// runPython runs python3 with args and fails t on error.
func runPython(t *testing.T, python string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(python, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// pyResult is the part of `rouge.py score --json` output that we compare.
type pyResult struct {
	N       int `json:"n"`
	Measure map[string]struct {
		P    float64    `json:"p"`
		R    float64    `json:"r"`
		F    float64    `json:"f"`
		CI95 [2]float64 `json:"f_ci95"`
	} `json:"-"`
}

func (r *pyResult) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if err := json.Unmarshal(raw["n"], &r.N); err != nil {
		return err
	}
	delete(raw, "n")
	r.Measure = make(map[string]struct {
		P    float64    `json:"p"`
		R    float64    `json:"r"`
		F    float64    `json:"f"`
		CI95 [2]float64 `json:"f_ci95"`
	})
	for k, v := range raw {
		m := r.Measure[k]
		if err := json.Unmarshal(v, &m); err != nil {
			return fmt.Errorf("%s: %v", k, err)
		}
		r.Measure[k] = m
	}
	return nil
}

// TestCorpusAgreement scores LEAD-k on each development file with this
// package and with rouge.py and requires the corpus figures (mean F1 × 100)
// to agree within 0.01 for every measure.
func TestCorpusAgreement(t *testing.T) {
	for _, name := range devFiles {
		t.Run(strings.TrimSuffix(name, ".jsonl"), func(t *testing.T) {
			t.Parallel()
			rougePy, python := needPython(t)
			rows := loadRows(t, name)

			dir := t.TempDir()
			predsPath := filepath.Join(dir, "preds.jsonl")
			outPath := filepath.Join(dir, "out.json")
			var preds strings.Builder
			s := NewScorer()
			var f1 [4][]float64
			var sumP, sumR [4]float64
			var elapsed time.Duration
			for _, r := range rows {
				k := r.K
				if strings.HasPrefix(name, "cnndm") {
					k = 3 // LEAD-3
				}
				summary := strings.Join(r.Sentences[:min(k, len(r.Sentences))], "\n")
				line, err := json.Marshal(map[string]any{"id": r.ID, "summary": summary})
				if err != nil {
					t.Fatal(err)
				}
				preds.Write(line)
				preds.WriteByte('\n')

				start := time.Now()
				sc := s.Compare(r.Reference, summary)
				elapsed += time.Since(start)
				for i, m := range [4]Score{sc.R1, sc.R2, sc.RL, sc.RLsum} {
					f1[i] = append(f1[i], m.F1)
					sumP[i] += m.Precision
					sumR[i] += m.Recall
				}
			}
			t.Logf("go scored %d documents in %v (cold stem cache)", len(rows), elapsed)
			if err := os.WriteFile(predsPath, []byte(preds.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			runPython(t, python, rougePy, "score", "--refs", filepath.Join(evalDir, "summaries", name),
				"--preds", predsPath, "--json", outPath)
			data, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatal(err)
			}
			var py pyResult
			if err := json.Unmarshal(data, &py); err != nil {
				t.Fatalf("%s: %v", outPath, err)
			}
			if py.N != len(rows) {
				t.Fatalf("python scored %d documents, want %d", py.N, len(rows))
			}
			n := float64(len(rows))
			for i, key := range [4]string{"rouge1", "rouge2", "rougeL", "rougeLsum"} {
				want, ok := py.Measure[key]
				if !ok {
					t.Fatalf("python output has no %q", key)
				}
				mean, lo, hi := Bootstrap(f1[i])
				gotF, gotP, gotR := 100*mean, 100*sumP[i]/n, 100*sumR[i]/n
				t.Logf("%-9s F1 go %.6f py %.6f (diff %+.1e)  P diff %+.1e  R diff %+.1e  CI95 go [%.2f, %.2f] py [%.2f, %.2f]",
					key, gotF, want.F, gotF-want.F, gotP-want.P, gotR-want.R, 100*lo, 100*hi, want.CI95[0], want.CI95[1])
				for _, d := range []struct {
					what      string
					got, want float64
				}{{"F1", gotF, want.F}, {"P", gotP, want.P}, {"R", gotR, want.R}} {
					if math.Abs(d.got-d.want) > 0.01 {
						t.Errorf("%s %s = %.4f, python %.4f", key, d.what, d.got, d.want)
					}
				}
				// Different generators, same method: the intervals must be
				// close, not equal. The Monte Carlo error of a 2.5% quantile
				// of 1000 resamples is about 0.09 standard errors, and the
				// interval is about 4 standard errors wide.
				tol := 0.15 * (want.CI95[1] - want.CI95[0])
				if math.Abs(100*lo-want.CI95[0]) > tol || math.Abs(100*hi-want.CI95[1]) > tol {
					t.Errorf("%s CI95 = [%.2f, %.2f], python [%.2f, %.2f]", key, 100*lo, 100*hi, want.CI95[0], want.CI95[1])
				}
			}
		})
	}
}

// rawTokens returns the distinct unstemmed tokens of text, added to seen.
func rawTokens(text string, seen map[string]bool) {
	arena, ends, _ := scanTokens(text, nil, nil, nil)
	start := int32(0)
	for _, end := range ends {
		seen[string(arena[start:end])] = true
		start = end
	}
}

// TestStemAgreement stems every distinct token of the development files
// with rouge.py's PorterStemmer and with Stem.
func TestStemAgreement(t *testing.T) {
	rougePy, python := needPython(t)
	seen := map[string]bool{}
	for _, name := range devFiles {
		for _, r := range loadRows(t, name) {
			for _, s := range []string{r.Title, r.Text, r.Reference} {
				rawTokens(s, seen)
			}
			for _, s := range r.Sentences {
				rawTokens(s, seen)
			}
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)

	in := filepath.Join(t.TempDir(), "words.txt")
	if err := os.WriteFile(in, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const snippet = `import sys
sys.path.insert(0, sys.argv[1])
from rouge import PorterStemmer
st = PorterStemmer()
with open(sys.argv[2]) as f:
    sys.stdout.write("".join(st.stem(w.rstrip("\n")) + "\n" for w in f))
`
	out := runPython(t, python, "-c", snippet, filepath.Dir(rougePy), in)
	stems := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(stems) != len(words) {
		t.Fatalf("python returned %d stems for %d words", len(stems), len(words))
	}
	bad := 0
	for i, w := range words {
		if got := Stem(w); got != stems[i] {
			if bad++; bad <= 20 {
				t.Errorf("Stem(%q) = %q, python %q", w, got, stems[i])
			}
		}
	}
	t.Logf("checked %d distinct tokens against rouge.py's PorterStemmer, %d mismatches", len(words), bad)
}

// pyTokenize tokenises each text with rouge.py's tokenize(text, stemmer)
// and returns the token lists.
func pyTokenize(t *testing.T, python, rougePy string, texts []string) [][]string {
	t.Helper()
	var in strings.Builder
	for _, s := range texts {
		b, _ := json.Marshal(s)
		in.Write(b)
		in.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "texts.jsonl")
	if err := os.WriteFile(path, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	const snippet = `import sys, json
sys.path.insert(0, sys.argv[1])
from rouge import PorterStemmer, tokenize
st = PorterStemmer()
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        print(json.dumps(tokenize(json.loads(line), st)))
`
	out := runPython(t, python, "-c", snippet, filepath.Dir(rougePy), path)
	var res [][]string
	for line := range strings.Lines(string(out)) {
		var toks []string
		if err := json.Unmarshal([]byte(line), &toks); err != nil {
			t.Fatal(err)
		}
		res = append(res, toks)
	}
	if len(res) != len(texts) {
		t.Fatalf("python tokenised %d texts, want %d", len(res), len(texts))
	}
	return res
}

// TestTokenizeAgreement tokenises every text and reference of the
// development files with rouge.py and with Tokenize.
func TestTokenizeAgreement(t *testing.T) {
	rougePy, python := needPython(t)
	var texts []string
	for _, name := range devFiles {
		for _, r := range loadRows(t, name) {
			texts = append(texts, r.Title, r.Text, r.Reference)
		}
	}
	want := pyTokenize(t, python, rougePy, texts)
	bad := 0
	for i, s := range texts {
		if got := Tokenize(s); !slices.Equal(got, want[i]) {
			if bad++; bad <= 5 {
				t.Errorf("Tokenize(%.60q...) differs from python:\n got %q\nwant %q", s, got, want[i])
			}
		}
	}
	t.Logf("tokenised %d texts, %d differ", len(texts), bad)
}

// randomText builds a text from a small vocabulary with repeats, mixed case,
// punctuation, blank lines and the non-ASCII characters that Python's
// lower() treats specially, so that clipping, LCS ties and the Lsum
// double-counting guard are all exercised.
func randomText(rng *rand.Rand) string {
	vocab := []string{"the", "cat", "cats", "sat", "on", "mat", "running", "runs", "ran",
		"a", "b", "c", "x", "y", "Relational", "relation", "ponies", "pony", "2004",
		"İstanbul", "\u212aelvin", "café", "naïve", "CNN's", "U.S.", "e-mail", "1,000"}
	seps := []string{" ", " ", " ", ", ", ". ", "\n", "\n\n", " - ", "\t", " \n "}
	var b strings.Builder
	for range rng.IntN(40) {
		b.WriteString(vocab[rng.IntN(len(vocab))])
		b.WriteString(seps[rng.IntN(len(seps))])
	}
	return b.String()
}

// TestRandomAgreement compares Compare with rouge.py on random pairs of
// small-vocabulary texts.
func TestRandomAgreement(t *testing.T) {
	rougePy, python := needPython(t)
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 3000
	var in strings.Builder
	refs, cands := make([]string, n), make([]string, n)
	for i := range n {
		refs[i], cands[i] = randomText(rng), randomText(rng)
		b, _ := json.Marshal([2]string{refs[i], cands[i]})
		in.Write(b)
		in.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "pairs.jsonl")
	if err := os.WriteFile(path, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	const snippet = `import sys, json
sys.path.insert(0, sys.argv[1])
from rouge import RougeScorer
sc = RougeScorer()
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        ref, cand = json.loads(line)
        r = sc.score(ref, cand)
        print(json.dumps([r[k] for k in ("rouge1", "rouge2", "rougeL", "rougeLsum")]))
`
	out := runPython(t, python, "-c", snippet, filepath.Dir(rougePy), path)
	s := NewScorer()
	i := 0
	for line := range strings.Lines(string(out)) {
		var w [4][3]float64
		if err := json.Unmarshal([]byte(line), &w); err != nil {
			t.Fatal(err)
		}
		want := Scores{Score{w[0][0], w[0][1], w[0][2]}, Score{w[1][0], w[1][1], w[1][2]},
			Score{w[2][0], w[2][1], w[2][2]}, Score{w[3][0], w[3][1], w[3][2]}}
		if got := s.Compare(refs[i], cands[i]); got != want {
			t.Errorf("Compare(%q, %q) = %+v, python %+v", refs[i], cands[i], got, want)
		}
		i++
	}
	if i != n {
		t.Fatalf("python scored %d pairs, want %d", i, n)
	}
}
