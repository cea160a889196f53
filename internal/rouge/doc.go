// Package rouge scores summaries with ROUGE-1, ROUGE-2, ROUGE-L and
// ROUGE-Lsum exactly as Google's rouge-score package does with Porter
// stemming enabled (RougeScorer(..., use_stemmer=True)).
//
// It exists so that `brief eval` can measure extractive summaries against
// reference summaries without leaving Go, and so that its figures are
// directly comparable with published rouge-score numbers. The behaviour is
// pinned to the project's reference scorer, shared/eval/tools/rouge.py:
//
//   - Tokenisation: lower-case (Python str.lower semantics), replace every
//     run of characters outside [a-z0-9] with a space, split, Porter-stem
//     tokens longer than three characters (see [Tokenize]).
//   - Stemming: NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode
//     (see [Stem]).
//   - ROUGE-1/2: clipped n-gram overlap; ROUGE-L: LCS over the whole token
//     sequences; ROUGE-Lsum: summary-level union-LCS over newline-separated
//     sentences (see [Compare]).
//   - Corpus figures are the arithmetic mean of per-document F1; [Bootstrap]
//     gives the mean with a 95% percentile-bootstrap confidence interval.
//
// For corpus scoring create one [Scorer] and reuse it: it interns tokens and
// caches stems, and is safe for concurrent use.
package rouge
