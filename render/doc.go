// Package render writes a briefing.Brief as a note a person reads or a
// program consumes: Markdown (YAML front matter and a text/template body
// from templates/), a one-page PDF (laid out by internal/pdfnote) or JSON.
// It decides how a note looks, never what it says.
package render
