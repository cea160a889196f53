// Package summarize reads a document, recovers its structure (title, date,
// headings, paragraphs, bullets), splits it into sentences and picks the most
// important ones by extractive summarisation.
//
// Everything here is pure: the package takes bytes or strings and returns
// values, and knows nothing of files, flags or output formats. Every
// sentence carries byte offsets into the exact input it came from, so a
// summary can always be traced back to its source.
//
// Data flows one way:
//
//	[]byte --Read--> *Document --Summarize--> *Summary
package summarize
