// Package rank scores the sentences of a document by importance and selects
// the ones that make up an extractive summary.
//
// Everything here is offline and deterministic: no model is downloaded and no
// randomness is used, so the same document always yields the same summary.
//
// Rankers ("default", "lead", "textrank", "lexrank", "luhn", "sumbasic") only score
// sentences; Select turns scores into a summary under a Budget and applies
// redundancy control whose strength depends on how small the budget is.
//
// The "default" ranker is a logistic regression over the cheap sentence
// features listed by FeatureNames. Its weights live in model.json, which is
// embedded into the binary and is rebuilt reproducibly by
//
//	go generate ./internal/rank
//
// (see internal/cmd/trainrank). The trainer fits only on the documents for
// which InTrainingHalf is true, so figures measured on the other half are
// honest held-out figures.
//
// # Paragraphs
//
// Sentence.Paragraph carries layout when the input has it. Input without
// paragraph information may either give every sentence its own paragraph or
// put every sentence in paragraph 0: the features treat both cases the same
// way (as "no paragraph information") so corpora such as CNN/DM, which come
// as bare sentence lists, are not penalised for lacking layout.
package rank

//go:generate go run ../cmd/trainrank -eval ../../../shared/eval -out model.json
//go:generate go run ../cmd/trainlong -eval ../../../shared/eval -ranker report -l2 1 -out report.json
//go:generate go run ../cmd/trainlong -eval ../../../shared/eval -ranker bill -l2 1 -out bill.json
//go:generate go run ../cmd/trainlong -eval ../../../shared/eval -ranker transcript -top 0.15 -l2 1 -out transcript.json
