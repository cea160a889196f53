package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xrash/smetrics"

	"github.com/brief-dev/brief/templates"
)

// completionCommand prints a script that makes the shell complete brief's
// commands, flags and file names.
func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash, zsh or fish)",
		UsageText: "brief completion bash|zsh|fish\n   e.g. source <(brief completion bash)",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("completion takes one shell: bash, zsh or fish")
			}
			switch shell := c.Args().First(); shell {
			case "bash", "zsh":
				script, err := templates.FS.ReadFile("completion." + shell)
				if err != nil {
					return err
				}
				_, err = c.App.Writer.Write(script)
				return err
			case "fish":
				script, err := c.App.ToFishCompletion()
				if err != nil {
					return err
				}
				_, err = fmt.Fprint(c.App.Writer, script)
				return err
			default:
				return usagef("no completion for shell %q (want bash, zsh or fish)", shell)
			}
		},
	}
}

// manCommand prints brief's manual page, section 1, in roff.
func manCommand() *cli.Command {
	return &cli.Command{
		Name:      "man",
		Usage:     "print the manual page (roff; e.g. brief man | man -l -)",
		UsageText: "brief man > brief.1",
		Action: func(c *cli.Context) error {
			page, err := c.App.ToManWithSection(1)
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(c.App.Writer, page)
			return err
		},
	}
}

// unknownCommand words what brief says of a first argument that is no
// command: a file that is not there is named as one, a near miss of a
// command gets a suggestion.
func unknownCommand(app *cli.App, arg string) error {
	if strings.ContainsAny(arg, "./\\") {
		if _, err := os.Stat(arg); err != nil {
			return &fileError{arg, unwrapPathError(err)}
		}
	}
	best, bestDist := "", 3 // further than two edits is no typo
	for _, c := range app.Commands {
		for _, name := range c.Names() {
			if d := smetrics.WagnerFischer(arg, name, 1, 1, 1); d < bestDist {
				best, bestDist = name, d
			}
		}
	}
	if best != "" {
		return usagef("unknown command %q; did you mean %q?", arg, best)
	}
	return usagef("unknown command %q", arg)
}

// withFlagSuggestion adds the nearest flag to an undefined-flag error:
// "flag provided but not defined: -ouput; did you mean --output?".
func withFlagSuggestion(c *cli.Context, err error) error {
	const undefined = "flag provided but not defined: -"
	msg := err.Error()
	name, ok := strings.CutPrefix(msg, undefined)
	if !ok || cli.SuggestFlag == nil {
		return usagef("%v", err)
	}
	flags := c.App.Flags
	if c.Command != nil && c.Command.Name != "" {
		flags = c.Command.Flags
	}
	if s := cli.SuggestFlag(flags, strings.TrimLeft(name, "-"), true); s != "" {
		return usagef("%s; did you mean %s?", msg, s)
	}
	return usagef("%v", err)
}
