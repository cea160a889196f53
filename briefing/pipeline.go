package briefing

// The annotators of a document's parties, in the order analyse runs them.
// They share one layer of passages (the title, headings, meta lines and
// sentences, each tokenised once) and write to it in turn; each says what
// it reads and what it writes, so that a new annotator knows where it can
// stand, and TestAnnotatorOrder holds every one to reading only what an
// earlier one wrote. On top of them, Brief's parties are chosen by the
// names model (parties, names_model.go) and its outcomes by the outcome
// model (outcomesByModel); each field is scored on its own by `brief eval
// --gold` and the trainers.

// layer names what an annotator reads or writes of the shared analysis.
type layer string

const (
	layerText     layer = "text"          // the document's blocks and sentences (summarize.Document)
	layerTokens   layer = "tokens"        // passage.toks: the tokens of each passage, with their folded keys
	layerMarks    layer = "marks"         // passage.flags and cms: offices, honorifics, head nouns, connectors, countries, cities, name words (the gazetteers)
	layerPersons  layer = "persons"       // analysis.persons and mentions, passage.owner and roleOf: persons with their titles, offices and countries, linked within the document
	layerOrgs     layer = "organisations" // analysis.orgs, omentions and spanned: the rules' bodies and the capitalised spans proposed besides
	layerHome     layer = "home country"  // analysis.home: the country named most often
	layerSignOffs layer = "sign-offs"     // persons of the sign-off and contact block (part of persons)
)

// annotator is one step of analyse.
type annotator struct {
	name          string
	reads, writes []layer
	run           func(*analysis)
}

// annotators are analyse's steps, in order.
var annotators = []annotator{
	{name: "passages and gazetteers", reads: []layer{layerText}, writes: []layer{layerTokens, layerMarks},
		run: (*analysis).readPassages},
	{name: "persons and their linking", reads: []layer{layerText, layerTokens, layerMarks}, writes: []layer{layerPersons, layerSignOffs, layerHome},
		run: (*analysis).findPersons},
	{name: "organisations", reads: []layer{layerTokens, layerMarks, layerPersons}, writes: []layer{layerOrgs},
		run: (*analysis).findOrgs},
}
