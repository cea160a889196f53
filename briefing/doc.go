// Package briefing assembles the Brief of a document: who met whom, where
// and when, what was decided, and the context a reader needs.
//
// New is a pure function from a summarize.Document and its
// summarize.Summary to a Brief: it neither ranks (the summary's scores
// weigh its sections) nor renders (package render writes a Brief as
// Markdown, PDF or JSON) nor reads files. Every text
// in a Brief is taken from the document, and every item carries the index of
// the sentence it came from. Parties are found with lexicons of honorifics,
// offices, bodies and countries (the embedded lists of internal/vocab); outcomes with a
// lexicon of sentence cues. The JSON form of a Brief (its struct tags) is
// the contract of `brief note --format json`.
package briefing
