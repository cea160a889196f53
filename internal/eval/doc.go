// Package eval measures brief against references: ROUGE over summary
// corpora, the ordered parallel streaming of JSON Lines corpora, and the
// gold-set scorer for parties and outcomes (a Go port of the project's
// gold_score.py).
package eval
