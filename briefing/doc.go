// Package briefing turns a read document into a briefing note: who met
// whom, where and when, what was decided, and the context a reader needs.
//
// New is a pure function from a summarize.Document to a Brief. Every text
// in a Brief is taken from the document, and every item carries the index of
// the sentence it came from. Parties are found with lexicons of honorifics,
// offices, bodies and countries (the embedded lists of internal/vocab); outcomes with a
// lexicon of sentence cues. The JSON form of a Brief (its struct tags) is
// the contract of `brief note --format json`.
package briefing
