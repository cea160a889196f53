// Package summarize reads a document, recovers its structure (title, date,
// headings, paragraphs, bullets, and the captions, tables, footnotes and
// running headers that are kept out of the prose), splits it into
// sentences and picks the most important ones by extractive summarisation.
//
// Everything here is pure: the package takes bytes or strings and returns
// values, and knows nothing of files, flags or output formats. Load reads
// any supported format (text, Markdown, HTML, DOCX, PDF, through
// internal/formats); Extract is the one ranking path, behind both the
// summaries and the notes of brief. Every
// sentence carries byte offsets into the exact input it came from, so a
// summary can always be traced back to its source.
//
// Data flows one way:
//
//	[]byte --Load/Parse--> *Document --Extract--> *Summary
package summarize
