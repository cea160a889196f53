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
//	- item                   list items, one per line
//	| cell | cell |           data-table rows, one per line
//	: Caption text           a caption the format marks as one (pandoc's marker)
//	[^3]: Note text          a footnote at the foot of a PDF page
//
// Plain text is returned unchanged: decoding and normalisation belong to the
// reader, and doing them twice would move the byte offsets it reports.
//
// Nothing here touches the network or the file system. Links, images,
// stylesheets and anything else an input refers to are never fetched; the
// callers hand over bytes and get text back. Every reader is bounded (see
// Limits) because inputs come from anywhere: a DOCX is a zip archive and can
// be a zip bomb, third-party parsers can panic or loop on hostile files.
//
// # Memory and time per input
//
// Besides the input's own bytes, which the caller holds:
//
//   - PDF (internal/pdfread): at most Limits.MaxDecoded (256 MiB) of
//     stream data is decompressed, as a stream, never held whole; one
//     token (string, name) is at most 8 MiB, one object at most 1 Mi
//     values, the operand stack 64 Ki values, one decoded object stream
//     16 MiB and the cache of them 32 MiB, one page 200,000 glyphs. The
//     2 GB stream bombs of the tests allocate at most about 110 MiB in all.
//   - DOCX: at most Limits.MaxUncompressed (64 MiB) is decompressed over
//     all parts, and at most 8 MiB of text stands between two tags (the
//     XML decoder holds such a run whole); the zip bombs of the tests
//     allocate at most about 40 MiB.
//   - Both stop for real on time-out: they check a stop flag on every read
//     of compressed data (and the PDF reader on every object it resolves),
//     and Extract waits up to two seconds for them to end.
//   - HTML and Markdown are parsed by third-party code whose memory grows
//     with the input (a few times its size for ordinary pages, more for
//     pathological nesting), bounded through the caller's input-size limit;
//     the HTML parser stops reading on time-out, readability and goldmark
//     cannot be stopped and run on in the background until they end.
//   - The extracted text is at most Limits.MaxBytes (50 MiB).
//
// So one PDF or DOCX job needs about its input size plus 250 MiB at worst,
// and usually far less; a batch of -j jobs needs -j times that.
package formats
