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
// Text is drawn with embedded TrueType fonts, never with the cp1252 core
// fonts: the Go fonts (Latin, Greek, Cyrillic) first, then the fallback
// fonts of Options.Fonts, each rune in the first font that has it, so that
// labels stay in the Go fonts and a Chinese sentence is drawn in a CJK font
// (a fallback without a bold face is emboldened by stroking its glyphs).
// Every string is sanitised before it reaches gofpdf, which panics on runes
// outside the Basic Multilingual Plane and draws nothing for runes the font
// lacks. The rule for what cannot be drawn: letters no font has, and any
// text in a script that needs shaping or right-to-left layout (Devanagari,
// Arabic, Hebrew, Thai…; gofpdf does neither), make Render fail with a
// *ScriptError rather than print boxes or scrambled text; symbols no font
// has (emoji) become U+FFFD and are counted in Result.Replaced.
package pdfnote
