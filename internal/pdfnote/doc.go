// Package pdfnote renders a one-page briefing note as a PDF.
//
// The model (Note, Section, Item) is deliberately independent of how the
// note was produced, so any caller can map its own data onto it. Render
// guarantees exactly one page whatever the input: it measures every line
// before drawing, shrinks the body type within a range, then leaves out the
// least important items, and truncates a single item that alone is longer
// than the page. Output bytes are deterministic for a given input, fonts and
// Options.Created, so PDFs can be compared with golden files.
//
// Text is drawn with embedded TrueType fonts (the Go fonts by default, which
// cover Latin, Greek and Cyrillic), never with the cp1252 core fonts. Every
// string is sanitised before it reaches gofpdf, which panics on runes outside
// the Basic Multilingual Plane and draws nothing for runes the font lacks;
// such runes become U+FFFD and are counted in Result.Replaced. gofpdf does no
// shaping, so complex scripts (Devanagari, Arabic) are not exact even with a
// font that covers them.
package pdfnote
