// Package templates holds the embedded text/template files that render a
// briefing note. They live apart from the code so users can read them, copy
// one (brief note --print-template) and pass their own with --template.
package templates

import "embed"

// FS holds the templates: brief.md.tmpl is the Markdown note body, and
// completion.bash and completion.zsh the shell completion scripts that
// "brief completion" prints.
//
//go:embed *.tmpl completion.bash completion.zsh
var FS embed.FS

// Markdown is the name of the default Markdown template in FS.
const Markdown = "brief.md.tmpl"
