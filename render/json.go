package render

import (
	"encoding/json"
	"io"

	"github.com/brief-dev/brief/briefing"
)

// JSON writes b as indented JSON (the schema is documented on
// briefing.Brief), with no HTML escaping: the text is quoted verbatim.
func JSON(w io.Writer, b *briefing.Brief) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}
