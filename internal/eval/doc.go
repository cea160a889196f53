// Package eval runs brief over corpora and scores it: ROUGE against reference summaries, and parties and outcomes against annotated gold sets (a Go port of the gold sets' gold_score.py).
//
// It also streams corpus mode (brief summarize --jsonl): JSON Lines rows
// summarised on all cores and written back in input order.
package eval
