package eval_test

import (
	"os"
	"strings"
	"testing/fstest"

	"github.com/brief-dev/brief/internal/eval"
)

// Scoring someone's predictions against a one-document gold set.
func ExampleScoreGold() {
	gold, err := eval.ReadGold(fstest.MapFS{"d01.json": {Data: []byte(`{"id": "d01",
	 "parties": {"persons": [{"name": "Ana Lopez", "role": "Minister of Trade", "mentions": []}],
	  "organisations": [{"name": "World Trade Organization", "aliases": ["WTO"]}],
	  "countries": [{"name": "Peru", "mentions": []}]},
	 "outcomes": [{"rank": 1, "text": "The two sides signed a memorandum of understanding."}]}`)}})
	if err != nil {
		panic(err)
	}
	preds, err := eval.ReadPredictions(strings.NewReader(`{"id": "d01", "persons": [{"name": "Minister Lopez", "title": "Minister of Trade"}], "organisations": ["WTO", "UN"], "countries": ["Peru"], "outcomes": ["They signed a memorandum of understanding."]}`))
	if err != nil {
		panic(err)
	}
	rep := eval.ScoreGold(gold, preds)
	rep.WriteText(os.Stdout, false)
	// Output:
	// field            tp  pred  gold       P       R      F1
	// persons           1     1     1  100.00  100.00  100.00
	// organisations     1     2     1   50.00  100.00   66.67
	// countries         1     1     1  100.00  100.00  100.00
	// parties_micro     3     4     3   75.00  100.00   85.71
	// person title/role correct for matched persons: 1/1 (100.0%)
	// outcomes: P 100.00 (1/1)  R 100.00 (1/1)  F1 100.00  recall@k 100.00
}
