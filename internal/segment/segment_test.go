package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/vocab"
)

// splitCase is a table test: text and the expected sentences, compared after
// collapsing whitespace.
type splitCase struct {
	name string
	text string
	want []string
}

// runSplitCases runs table cases as subtests, checking sentences and span invariants.
func runSplitCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentences(c.text)
			if !equalStrings(got, c.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", c.text, got, c.want)
			}
			checkSpans(t, c.text, Split(c.text))
		})
	}
}

// TestSplitBasics covers empty input, trimming, wrapped lines and blank lines.
func TestSplitBasics(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"empty", "", nil},
		{"only spaces", " \n\t ", nil},
		{"no terminator", "Prime Minister meets President", []string{"Prime Minister meets President"}},
		{"surrounding space trimmed", "  Hello there.  Bye.  ", []string{"Hello there.", "Bye."}},
		{"hard-wrapped line", "The ministers agreed\nto meet again. They left.", []string{"The ministers agreed to meet again.", "They left."}},
		{"blank line always splits", "Heading without stop\n\nBody text.", []string{"Heading without stop", "Body text."}},
		{"CRLF wrap", "One line\r\ncontinues. Next.", []string{"One line continues.", "Next."}},
		{"terminator then digit", "Sales rose 5%. 2024 was a record year.", []string{"Sales rose 5%.", "2024 was a record year."}},
	})
}

// TestSplitAbbreviations covers titles, number prefixes and general abbreviations.
func TestSplitAbbreviations(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"titles", "Mr. Smith met Dr. Jones and Prof. Lee. They talked.", []string{"Mr. Smith met Dr. Jones and Prof. Lee.", "They talked."}},
		{"military titles", "Gen. Mark Milley, Lt. Col. Ann Roe and Adm. Sam Paparo spoke.", []string{"Gen. Mark Milley, Lt. Col. Ann Roe and Adm. Sam Paparo spoke."}},
		{"title before starter-like name", "Dr. Will Smith attended.", []string{"Dr. Will Smith attended."}},
		{"Indian honorifics", "Sh. Rajnath Singh and Smt. Nirmala Sitharaman attended.", []string{"Sh. Rajnath Singh and Smt. Nirmala Sitharaman attended."}},
		{"number prefixes", "See No. 5, Vol. 2, Art. 370 and Fig. 3 on p. 55.", []string{"See No. 5, Vol. 2, Art. 370 and Fig. 3 on p. 55."}},
		{"number prefix as a word", "He ate a fig. The tree was old.", []string{"He ate a fig.", "The tree was old."}},
		{"rupees", "The scheme costs Rs. 500 crore. It starts now.", []string{"The scheme costs Rs. 500 crore.", "It starts now."}},
		{"month before day", "On Jan. 15 the talks began.", []string{"On Jan. 15 the talks began."}},
		{"month at sentence end", "The talks began in Jan. The next round is in Feb. It will be long.", []string{"The talks began in Jan.", "The next round is in Feb.", "It will be long."}},
		{"company suffix mid-sentence", "Acme Inc. reported results and Foo Ltd. did too.", []string{"Acme Inc. reported results and Foo Ltd. did too."}},
		{"company suffix at end", "He joined Acme Inc. The company grew.", []string{"He joined Acme Inc.", "The company grew."}},
		{"Corp before name", "Sony Corp. Chairman spoke.", []string{"Sony Corp. Chairman spoke."}},
		{"e.g. and i.e.", "Some states, e.g. Kerala, i.e. the south, agreed.", []string{"Some states, e.g. Kerala, i.e. the south, agreed."}},
		{"e.g. before capital", "Use a tool, e.g. The Checker.", []string{"Use a tool, e.g. The Checker."}},
		{"vs", "It was India vs. Australia. India won.", []string{"It was India vs. Australia.", "India won."}},
		{"etc at end", "They bought pens, paper, etc. The bill was high.", []string{"They bought pens, paper, etc.", "The bill was high."}},
		{"etc mid-sentence", "Pens, paper, etc. were bought.", []string{"Pens, paper, etc. were bought."}},
		{"a.m. at end", "The meeting starts at 10 a.m. The agenda is long.", []string{"The meeting starts at 10 a.m.", "The agenda is long."}},
		{"p.m. before name", "It ended at 5 p.m. Eastern Time on Friday.", []string{"It ended at 5 p.m. Eastern Time on Friday."}},
		{"U.S. before noun", "The U.S. Army and the U.K. Government agreed.", []string{"The U.S. Army and the U.K. Government agreed."}},
		{"U.S. at end", "He flew to the U.S. He met officials.", []string{"He flew to the U.S.", "He met officials."}},
		{"U.N. and E.U.", "The U.N. Security Council and the E.U. Commission met.", []string{"The U.N. Security Council and the E.U. Commission met."}},
		{"Govt. of India", "The Govt. of India said so. It acted.", []string{"The Govt. of India said so.", "It acted."}},
		{"Jr. and Sr.", "Martin Luther King Jr. was born in 1929.", []string{"Martin Luther King Jr. was born in 1929."}},
		{"Bros. and Co.", "Warner Bros. Discovery and Johnson & Co. merged.", []string{"Warner Bros. Discovery and Johnson & Co. merged."}},
		{"Dept. and Corp.", "The Dept. of Energy and Acme Corp. signed.", []string{"The Dept. of Energy and Acme Corp. signed."}},
		{"St. street vs saint", "St. Paul lives on Main St. The house is blue.", []string{"St. Paul lives on Main St.", "The house is blue."}},
		{"Ph.D.", "She holds a Ph.D. from MIT.", []string{"She holds a Ph.D. from MIT."}},
		{"approx.", "It costs approx. $5 billion.", []string{"It costs approx. $5 billion."}},
		{"abbreviation followed by comma", "Acme Inc., the maker, agreed.", []string{"Acme Inc., the maker, agreed."}},
	})
}

// TestSplitInitials covers single capital letters in names and the pronoun I.
func TestSplitInitials(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"J. P. Morgan", "J. P. Morgan Chase reported results. Shares rose.", []string{"J. P. Morgan Chase reported results.", "Shares rose."}},
		{"middle initial", "President John F. Kennedy spoke. He left.", []string{"President John F. Kennedy spoke.", "He left."}},
		{"JP Mathew", "JP Mathew spoke. He left.", []string{"JP Mathew spoke.", "He left."}},
		{"initials glued", "J.R.R. Tolkien wrote it.", []string{"J.R.R. Tolkien wrote it."}},
		{"pronoun I at end", "It was you and I. Then we left.", []string{"It was you and I.", "Then we left."}},
		{"regnal number", "Elizabeth I. Tudor ruled.", []string{"Elizabeth I. Tudor ruled."}},
		{"letter after lower-case word", "We need vitamin C. It helps.", []string{"We need vitamin C.", "It helps."}},
		{"accented initial", "Émile Z. Berliner spoke.", []string{"Émile Z. Berliner spoke."}},
	})
}

// TestSplitNumbersAndAddresses covers decimals, times, versions, URLs and e-mail addresses.
func TestSplitNumbersAndAddresses(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"decimal", "Growth was 7.5 per cent. It rose.", []string{"Growth was 7.5 per cent.", "It rose."}},
		{"money", "It raised $1.5 billion in 2023. Investors cheered.", []string{"It raised $1.5 billion in 2023.", "Investors cheered."}},
		{"time", "The session opens at 10.30 and ends at 12.45. Lunch follows.", []string{"The session opens at 10.30 and ends at 12.45.", "Lunch follows."}},
		{"section number", "See section 3.2.1 of the treaty. It is clear.", []string{"See section 3.2.1 of the treaty.", "It is clear."}},
		{"version", "Version v1.2.3 ships today. Update now.", []string{"Version v1.2.3 ships today.", "Update now."}},
		{"date with periods", "It was signed on 12.03.2024 in Delhi.", []string{"It was signed on 12.03.2024 in Delhi."}},
		{"url", "Details are at https://pib.gov.in/PressRelease.aspx?PRID=123. Read them.", []string{"Details are at https://pib.gov.in/PressRelease.aspx?PRID=123.", "Read them."}},
		{"bare domain", "Visit pib.gov.in for more. Thanks.", []string{"Visit pib.gov.in for more.", "Thanks."}},
		{"domain at end", "Visit www.mea.gov.in. The site is new.", []string{"Visit www.mea.gov.in.", "The site is new."}},
		{"email", "Write to press.office@mea.gov.in. Replies take a day.", []string{"Write to press.office@mea.gov.in.", "Replies take a day."}},
		{"ordinal list number at start", "1. The ministers met.", []string{"1. The ministers met."}},
	})
}

// TestSplitFused records which periods without a following space split a sentence.
func TestSplitFused(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"fused sentence", "They discussed issues.The meeting ended.", []string{"They discussed issues.", "The meeting ended."}},
		{"fused after quote word", "It was a long-term.The end.", []string{"It was a long-term.", "The end."}},
		{"fused after a capitalised word", "The war began in Sudan.The talks failed.", []string{"The war began in Sudan.", "The talks failed."}},
		{"fused before I", "It happened in Sudan.I strongly condemn it.", []string{"It happened in Sudan.", "I strongly condemn it."}},
		{"fused before I’m", "That was the plan.I’m sure of it.", []string{"That was the plan.", "I’m sure of it."}},
		{"fused before an acronym", "It joined the agreements.MEPs also want more.", []string{"It joined the agreements.", "MEPs also want more."}},
		{"fused before an acronym and comma", "The vote was close.EU, UK and US leaders met.", []string{"The vote was close.", "EU, UK and US leaders met."}},
		{"file extension not split", "Open the file.PDF now.", []string{"Open the file.PDF now."}},
		{"capitals running on not split", "Run make.BUILDx now.", []string{"Run make.BUILDx now."}},
		{"fused general abbreviation before starter", "Pens, paper etc.The rest.", []string{"Pens, paper etc.", "The rest."}},
		// U.S.The: an initialism glued to a capital is left alone; it is as
		// likely a typo inside one sentence as two sentences.
		{"U.S.The not split", "He visited the U.S.The trip was long.", []string{"He visited the U.S.The trip was long."}},
		{"e.g.This not split", "Some, e.g.This one, differ.", []string{"Some, e.g.This one, differ."}},
		{"domain not split", "See pib.gov.in and mea.gov.in today.", []string{"See pib.gov.in and mea.gov.in today."}},
		{"capitalised domain not split", "See www.Example.com today.", []string{"See www.Example.com today."}},
		{"capitalised domain part not split", "See example.Com today.", []string{"See example.Com today."}},
		{"Node.js not split", "It runs on Node.js and Deno.", []string{"It runs on Node.js and Deno."}},
		{"St.Petersburg not split", "He flew to St.Petersburg yesterday.", []string{"He flew to St.Petersburg yesterday."}},
		{"mixed-case word not split", "Apple sold the iPhone.The end.", []string{"Apple sold the iPhone.The end."}},
		{"email not split", "Mail john.Smith@example.com now.", []string{"Mail john.Smith@example.com now."}},
		{"path not split", "Open docs/readme.Md now.", []string{"Open docs/readme.Md now."}},
		{"one letter not split", "Plan a.The end.", []string{"Plan a.The end."}},
		{"acronym after the period", "It was done.OK then.", []string{"It was done.", "OK then."}},
		{"title not split", "Meet mr.Smith today.", []string{"Meet mr.Smith today."}},
	})
}

// TestSplitQuotesAndBrackets covers closing quotes and brackets after a terminator.
func TestSplitQuotesAndBrackets(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"closing quote stays", `He said "yes." Then he left.`, []string{`He said "yes."`, "Then he left."}},
		{"closing bracket stays", "(See above.) Next we go.", []string{"(See above.)", "Next we go."}},
		{"curly quotes", "He said “we agree.” Then he left.", []string{"He said “we agree.”", "Then he left."}},
		{"curly single quotes", "She said ‘no.’ They argued.", []string{"She said ‘no.’", "They argued."}},
		{"quote and bracket", `He wrote ("it works.") Then stopped.`, []string{`He wrote ("it works.")`, "Then stopped."}},
		{"question inside quote mid-sentence", `"Why?" he asked. She smiled.`, []string{`"Why?" he asked.`, "She smiled."}},
		{"question inside quote ends", `"Why?" He asked again.`, []string{`"Why?"`, "He asked again."}},
		{"exclamation lower-case continuation", "Wow! said the man.", []string{"Wow! said the man."}},
		{"quote opens next sentence", `It ended. "We won," he said.`, []string{"It ended.", `"We won," he said.`}},
		{"Yahoo! Finance", "Data from Yahoo! Finance shows it. It fell.", []string{"Data from Yahoo! Finance shows it.", "It fell."}},
		{"apostrophe after period", "That is JFK Jr.'s book. It sold.", []string{"That is JFK Jr.'s book.", "It sold."}},
	})
}

// TestSplitEllipses covers the U+2026 ellipsis and three-period ellipses.
func TestSplitEllipses(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"truncated headline", "India, Russia sign pact on…Trade rises", []string{"India, Russia sign pact on…Trade rises"}},
		{"truncated headline then capital", "India and Russia sign pact on energy… The ministers met.", []string{"India and Russia sign pact on energy…", "The ministers met."}},
		{"ellipsis rune lower-case", "He paused… and went on.", []string{"He paused… and went on."}},
		{"ellipsis rune in brackets", "He said […] Nothing more.", []string{"He said […] Nothing more."}},
		{"three dots then capital", "He hesitated... Then he spoke.", []string{"He hesitated...", "Then he spoke."}},
	})
}

// TestSplitLists covers bullets and list items on their own lines.
func TestSplitLists(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"bullets on lines", "Outcomes:\n• Trade pact signed\n• Visa rules eased", []string{"Outcomes:", "• Trade pact signed", "• Visa rules eased"}},
		{"hyphen bullets on lines", "Outcomes:\n- Trade pact signed\n- Visa rules eased", []string{"Outcomes:", "- Trade pact signed", "- Visa rules eased"}},
		{"numbered lines", "They agreed:\n1. a trade pact\n2. easier visas", []string{"They agreed:", "1. a trade pact", "2. easier visas"}},
		{"lettered lines", "(a) trade\n(b) visas", []string{"(a) trade", "(b) visas"}},
		{"mid-line hyphen is a dash", "The talks - long and hard - ended.", []string{"The talks - long and hard - ended."}},
		{"inline enumeration not split", "The aims are (a) trade and (b) visas.", []string{"The aims are (a) trade and (b) visas."}},
		{"inline numbers not a list", "Aims: 1) trade and 2) visas.", []string{"Aims: 1) trade and 2) visas."}},
		{"wrapped line starting with year", "The pact was signed in\n2024. It runs to 2030.", []string{"The pact was signed in 2024.", "It runs to 2030."}},
	})
}

// TestSplitLowerCaseCorpus covers lower-cased, PTB-tokenised text as in CNN/DailyMail.
func TestSplitLowerCaseCorpus(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"spaced period", "he said . the man left .", []string{"he said .", "the man left ."}},
		{"spaced question and exclamation", "so , you 'd like it ? you got it , dude ! co-star john spoke .", []string{"so , you 'd like it ?", "you got it , dude !", "co-star john spoke ."}},
		{"spaced closing quotes", "a series called `` fuller house . '' the show will air .", []string{"a series called `` fuller house . ''", "the show will air ."}},
		{"spaced title", "mr . smith said so .", []string{"mr . smith said so ."}},
		{"u.s at end before starter", "he lives in the u.s . the man left .", []string{"he lives in the u.s .", "the man left ."}},
		{"u.s mid-sentence", "the u.s . officials said no .", []string{"the u.s . officials said no ."}},
		{"initialism with own period", "he met d.j . tanner today .", []string{"he met d.j . tanner today ."}},
		{"attached period lower-case", "he said. the man left.", []string{"he said. the man left."}},
		{"parenthetical question", "tanner -- ( get it ... fuller ? ) -- is back .", []string{"tanner -- ( get it ... fuller ? ) -- is back ."}},
		{"cnn opener", "( cnn ) the talks ended . ( cnn ) more talks .", []string{"( cnn ) the talks ended .", "( cnn ) more talks ."}},
		{"spaced ellipsis", "he said . . . the rest .", []string{"he said . . . the rest ."}},
	})
}

// TestSplitUnicode covers non-Latin terminators and Unicode spaces.
func TestSplitUnicode(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"CJK full stop", "我们同意了。他们离开了。", []string{"我们同意了。", "他们离开了。"}},
		{"CJK question and closer", "你好吗？」他问。好的！", []string{"你好吗？」", "他问。", "好的！"}},
		{"Devanagari danda", "भारत और रूस ने समझौता किया। वार्ता सफल रही।", []string{"भारत और रूस ने समझौता किया।", "वार्ता सफल रही।"}},
		{"double danda", "श्लोक एक॥ श्लोक दो॥", []string{"श्लोक एक॥", "श्लोक दो॥"}},
		{"Arabic question mark", "هل توافق؟ نعم أوافق.", []string{"هل توافق؟", "نعم أوافق."}},
		{"Armenian question mark inside word", "Ինչո՞ւ ես եկել։ Ես եկա։", []string{"Ինչո՞ւ ես եկել։", "Ես եկա։"}},
		{"Armenian question mark at end", "Ուր՞ Այստեղ։", []string{"Ուր՞", "Այստեղ։"}},
		{"non-breaking space", "It ended.\u00a0Then it began.", []string{"It ended.", "Then it began."}},
		{"ideographic space", "It ended.\u3000Then it began.", []string{"It ended.", "Then it began."}},
		{"Cyrillic after period", "Он ушёл. Она осталась.", []string{"Он ушёл.", "Она осталась."}},
	})
}

// TestSplitMixed runs a press-release-like paragraph through Split.
func TestSplitMixed(t *testing.T) {
	text := "New Delhi, Dec. 5 (PIB): Prime Minister Shri Narendra Modi met H.E. Mr. Vladimir Putin, " +
		"President of the Russian Federation, at 10.30 a.m. The leaders reviewed the\nprogress of bilateral " +
		"ties (see https://mea.gov.in/bilateral.htm.) They welcomed trade of $65.7 billion in 2023-24." +
		"The next summit will be held in Moscow. \"We are friends,\" Mr. Putin said."
	want := []string{
		"New Delhi, Dec. 5 (PIB): Prime Minister Shri Narendra Modi met H.E. Mr. Vladimir Putin, President of the Russian Federation, at 10.30 a.m.",
		"The leaders reviewed the progress of bilateral ties (see https://mea.gov.in/bilateral.htm.)",
		"They welcomed trade of $65.7 billion in 2023-24.The next summit will be held in Moscow.",
		"\"We are friends,\" Mr. Putin said.",
	}
	if got := sentences(text); !equalStrings(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// checkSpans verifies the Span invariants of Split's doc comment.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	runeStart := make([]bool, len(text)+1)
	for i := range text {
		runeStart[i] = true
	}
	runeStart[len(text)] = true
	covered := make([]bool, len(text))
	prevEnd := 0
	for k, sp := range spans {
		if sp.Start < prevEnd || sp.Start >= sp.End || sp.End > len(text) {
			t.Fatalf("span %d %v invalid (previous end %d, len %d)", k, sp, prevEnd, len(text))
		}
		if !runeStart[sp.Start] || !runeStart[sp.End] {
			t.Fatalf("span %d %v not on rune boundaries in %q", k, sp, text)
		}
		first, _ := utf8.DecodeRuneInString(text[sp.Start:])
		lastR, _ := utf8.DecodeLastRuneInString(text[:sp.End])
		if isSpace(first) || isSpace(lastR) {
			t.Fatalf("span %d %q not trimmed", k, text[sp.Start:sp.End])
		}
		for i := sp.Start; i < sp.End; i++ {
			covered[i] = true
		}
		prevEnd = sp.End
	}
	for i, r := range text {
		if !isSpace(r) && !covered[i] {
			t.Fatalf("non-space %q at %d not in any span of %q: %v", r, i, text, spans)
		}
	}
}

// TestAbbreviationFile checks the embedded abbreviation list and its parser.
func TestAbbreviationFile(t *testing.T) {
	m, err := parseAbbrevs(vocab.Sections("abbreviations.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"mr", "u.s", "a.m", "etc", "no", "jan", "inc"} {
		if m[w] == abbrevNone {
			t.Errorf("%q missing from abbreviations.txt", w)
		}
	}
	for _, bad := range []map[string][]string{
		{"": {"Mr."}}, {"prefix": {"Mr.", "mr."}}, {"nope": {"x"}}, {"prefix": {"foo bar"}},
	} {
		if _, err := parseAbbrevs(bad); err == nil {
			t.Errorf("parseAbbrevs(%v) succeeded, want error", bad)
		}
	}
}

// FuzzSplit checks the Span invariants on arbitrary input.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "Hello World. My name is Jonas.", "U.S. How about you?", "1.) The first item 2.) The second item",
		"• 9. The first item • 10. The second item", "compounds. . . . The practice", "he said . the man",
		"我们同意了。他们离开了。", "Ինչո՞ւ ես եկել։", "issues.The meeting", "a\n\nb", "x \xff. Y", "[...] \". . ..",
		"\"Why?\" he asked.", "Visit www.Example.com. The end…", "(a) trade\n(b) visas\r\n- c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}

// benchText is a press-release-like paragraph repeated to about 1 MB.
var benchText = func() string {
	para := "New Delhi, Dec. 5: Prime Minister Shri Narendra Modi met Mr. Vladimir Putin at 10.30 a.m. " +
		"The leaders reviewed the progress of bilateral ties, e.g. trade of $65.7 billion, and the U.S. " +
		"sanctions (see https://mea.gov.in/bilateral.htm). \"We are friends,\" Mr. Putin said. Is it true? " +
		"They discussed issues.The meeting ended at 5 p.m. Further talks … will follow in Jan. 2025.\n"
	return strings.Repeat(para, 1<<20/len(para)+1)
}()

// BenchmarkSplit splits about 1 MB of press-release-like text.
func BenchmarkSplit(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Split(benchText)
	}
}
