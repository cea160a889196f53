// Package segment splits English text into sentences.
//
// It is the sentence boundary detector used by brief after the document
// structure pass: the input to [Split] is one paragraph or bullet, which may
// still contain single newlines from hard-wrapped lines. Split is rule-based,
// runs in one linear pass over the bytes with no regular expressions, and
// returns byte offsets rather than copies of the text.
//
// The rules follow the English "Golden Rules" of pragmatic_segmenter
// (abbreviations, initials, numbers, URLs and e-mail addresses, quotations,
// ellipses, inline lists) and add what real press releases and news need:
//
//   - an embedded abbreviation list (abbreviations.txt) in three classes:
//     titles and other prefixes that never end a sentence before a name,
//     number prefixes ("No. 5", "p. 55") and general abbreviations ("Inc.",
//     "U.S.", "a.m.") that end a sentence only when the next word is a common
//     sentence starter such as "The" or "It";
//   - fused sentences without a space ("issues.The meeting");
//   - closing quotes and brackets kept with the sentence they close;
//   - a truncated headline ending in "…" before a capital;
//   - lower-cased, tokenised corpus text ("he said . the man"), where a
//     period standing between spaces ends a sentence;
//   - non-Latin terminators: the CJK full stop, the Devanagari danda and the
//     Arabic and Armenian question marks, among others;
//   - bullets and numbered or lettered list items, on their own lines or
//     inline ("1. The first item 2. The second item").
//
// Whitespace is anything [unicode.IsSpace] reports. A single newline is read
// as a space unless the next line starts a list item or a bullet; a blank
// line always ends a sentence.
package segment
