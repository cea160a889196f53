// Package formats turns the bytes of an input file (plain text, Markdown,
// HTML, DOCX or PDF) into plain text that summarize.Parse can structure.
//
// The output uses only the conventions that the document reader already
// understands, so that structure survives the conversion instead of being
// guessed back from layout:
//
//	# Title                  the first line, when the document has a title
//	2024-11-28               a bare date line, read as metadata
//	## Heading               headings keep their level as "#" markers
//	Paragraph text.          one paragraph per blank-line-separated group
//	- item                   list items and data-table rows, one per line
//
// Plain text is returned unchanged: decoding and normalisation belong to the
// reader, and doing them twice would move the byte offsets it reports.
//
// Nothing here touches the network or the file system. Links, images,
// stylesheets and anything else an input refers to are never fetched; the
// callers hand over bytes and get text back. Every reader is bounded (see
// Limits) because inputs come from anywhere: a DOCX is a zip archive and can
// be a zip bomb, third-party parsers can panic or loop on hostile files.
package formats
