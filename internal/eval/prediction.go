package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/summarize"
)

// Prediction is what a system found in one document, in the prediction
// format of gold_score.py: one JSON Lines row per document, keyed by the
// gold id. Outcomes are ranked, best first.
type Prediction struct {
	ID            string `json:"id"`
	Persons       []Item `json:"persons"`
	Organisations []Item `json:"organisations"`
	Countries     []Item `json:"countries"`
	Outcomes      []Item `json:"outcomes"`
}

// Item is one predicted person, organisation, country or outcome. In JSON
// it is a string (the name or text) or an object {"name" or "text",
// "title", "aliases"}; Title is a person's honorific and office, Aliases
// an organisation's other names.
type Item struct {
	Name    string   `json:"name"`
	Title   string   `json:"title,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

// MarshalJSON writes the item as a plain string when it is only a name,
// as gold_score.py's example has it, and as an object otherwise.
func (it Item) MarshalJSON() ([]byte, error) {
	type object Item // without the methods
	var v any = object(it)
	if it.Title == "" && len(it.Aliases) == 0 {
		v = it.Name
	}
	// Names keep their < > &: the encoder that called this cannot undo
	// json.Marshal's escapes.
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads a string or an object, as name_of does: "name", or
// "text" when the name is empty.
func (it *Item) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		*it = Item{}
		return json.Unmarshal(data, &it.Name)
	}
	var o struct {
		Name    string   `json:"name"`
		Text    string   `json:"text"`
		Title   string   `json:"title"`
		Aliases []string `json:"aliases"`
	}
	if err := json.Unmarshal(data, &o); err != nil {
		return err
	}
	*it = Item{Name: o.Name, Title: o.Title, Aliases: o.Aliases}
	if it.Name == "" {
		it.Name = o.Text
	}
	return nil
}

// FromBrief is the prediction of a briefing note: its persons with title
// and office joined (the scorer matches either against the gold office),
// its organisations with their aliases, its countries, and its outcomes
// best first.
func FromBrief(id string, b *briefing.Brief) Prediction {
	p := Prediction{ID: id, Persons: []Item{}, Organisations: []Item{}, Countries: []Item{}, Outcomes: []Item{}}
	for _, x := range b.Parties.Persons {
		p.Persons = append(p.Persons, Item{Name: x.Name, Title: strings.TrimSpace(x.Title + " " + x.Role)})
	}
	for _, x := range b.Parties.Organisations {
		p.Organisations = append(p.Organisations, Item{Name: x.Name, Aliases: x.Aliases})
	}
	for _, x := range b.Parties.Countries {
		p.Countries = append(p.Countries, Item{Name: x.Name})
	}
	for _, x := range b.Outcomes {
		p.Outcomes = append(p.Outcomes, Item{Name: x.Text})
	}
	return p
}

// FromGold is an annotation as the prediction its annotator makes: every
// person (the title and office joined as the title), the required
// organisations with their aliases (one named only inside another name is
// optional in the scheme, so nobody claims it must be found), the
// countries, and the primary outcomes by rank. Scoring one annotator's
// FromGold against another's annotation of the same documents measures
// their agreement.
func FromGold(g GoldDoc) Prediction {
	p := Prediction{ID: g.ID, Persons: []Item{}, Organisations: []Item{}, Countries: []Item{}, Outcomes: []Item{}}
	for _, x := range g.Parties.Persons {
		p.Persons = append(p.Persons, Item{Name: x.Name, Title: strings.TrimSpace(x.Title + " " + x.Role)})
	}
	for _, x := range g.Parties.Organisations {
		if !x.InNameOnly {
			p.Organisations = append(p.Organisations, Item{Name: x.Name, Aliases: x.Aliases})
		}
	}
	for _, x := range g.Parties.Countries {
		p.Countries = append(p.Countries, Item{Name: x.Name})
	}
	outcomes := append([]GoldOutcome(nil), g.Outcomes...)
	sort.SliceStable(outcomes, func(i, j int) bool { return outcomes[i].Rank < outcomes[j].Rank })
	for _, o := range outcomes {
		p.Outcomes = append(p.Outcomes, Item{Name: o.Text})
	}
	return p
}

// Predict reads a document and returns the prediction of its briefing
// note with the note's default options, as "brief note" makes it: Load,
// Extract, New.
func Predict(id string, text []byte) (Prediction, error) {
	d, err := summarize.Load(id+".txt", text, summarize.ReadOptions{})
	if err != nil {
		return Prediction{}, err
	}
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		return Prediction{}, err
	}
	return FromBrief(id, briefing.New(d, sum, briefing.Options{})), nil
}

// ReadPredictions reads predictions as JSON Lines, keyed by id. An id may
// be a JSON string or number; a later row with the same id replaces the
// earlier one, as in gold_score.py.
func ReadPredictions(r io.Reader) (map[string]Prediction, error) {
	preds := map[string]Prediction{}
	br := bufio.NewReaderSize(r, 1<<16)
	for no := 1; ; no++ {
		line, err := readLine(br, summarize.DefaultMaxBytes)
		if len(bytes.TrimSpace(line)) > 0 {
			var row struct {
				Prediction
				ID json.RawMessage `json:"id"`
			}
			if err := json.Unmarshal(line, &row); err != nil {
				return nil, fmt.Errorf("line %d: %v", no, err)
			}
			var id string
			switch {
			case len(row.ID) == 0 || string(row.ID) == "null":
				return nil, fmt.Errorf(`line %d: no "id"`, no)
			case json.Unmarshal(row.ID, &id) != nil:
				id = string(row.ID) // a number, as gold_score.py's str(id)
			}
			row.Prediction.ID = id
			preds[id] = row.Prediction
		}
		if err == io.EOF {
			return preds, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", no, err)
		}
	}
}

// PredictGold runs Predict on the text of every document of a gold set,
// on all cores. A document's text is ID.txt in the root of fsys, beside
// its annotation in both layouts ReadGold reads. An error is an
// *fs.PathError that names the text.
func PredictGold(fsys fs.FS, gold []GoldDoc) (map[string]Prediction, error) {
	preds := make([]Prediction, len(gold))
	errs := make([]error, len(gold))
	parallel(len(gold), func(i int) {
		name := gold[i].ID + ".txt"
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs[i] = err // names the file
			return
		}
		if preds[i], err = Predict(gold[i].ID, text); err != nil {
			errs[i] = &fs.PathError{Op: "read", Path: name, Err: err}
		}
	})
	out := make(map[string]Prediction, len(gold))
	for i, p := range preds {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out[p.ID] = p
	}
	return out, nil
}

// WritePredictions writes the predictions for the gold documents as JSON
// Lines in the gold set's order, in the format ReadPredictions and
// gold_score.py read.
func WritePredictions(w io.Writer, gold []GoldDoc, preds map[string]Prediction) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, g := range gold {
		p, ok := preds[g.ID]
		if !ok {
			continue
		}
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return bw.Flush()
}
