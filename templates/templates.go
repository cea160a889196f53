// Package templates holds the embedded text/template files that render a
// briefing note. They live apart from the code so users can read them, copy
// one (brief note --print-template) and pass their own with --template.
package templates

import "embed"

// FS holds the templates: brief.md.tmpl is the Markdown note body.
//
//go:embed *.tmpl
var FS embed.FS

// Markdown is the name of the default Markdown template in FS.
const Markdown = "brief.md.tmpl"
