package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/internal/outfile"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// errReported says the failures were already named on stderr, one line
// each; only the exit code remains to be set.
var errReported = errors.New("reported")

// fileError ties an error to the input it concerns, so that it is printed
// as "brief: FILE: what".
type fileError struct {
	name string
	err  error
}

func (e *fileError) Error() string { return outfile.Printable(e.name) + ": " + e.err.Error() }

func (e *fileError) Unwrap() error { return e.err }

// guarded runs f, turning a panic in the packages into an error, so
// that a bug costs the input it concerns, reported once as "brief: FILE:
// internal error: …", instead of a crash with a trace (batch does the
// same for each of its inputs).
func guarded(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return f()
}

// usageError marks errors in how brief was called (exit code 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// run is main without the process: it takes the arguments and streams and
// returns the exit code, so tests can call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, reorderArgs(app, args))
	if err == nil {
		return exitOK
	}
	var ue *usageError
	switch {
	case errors.Is(err, errReported):
		return exitFailure
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "brief:", err)
		fmt.Fprintln(stderr, "Run 'brief --help' for usage.")
		return exitUsage
	}
	fmt.Fprintln(stderr, "brief:", err)
	var ec cli.ExitCoder
	if errors.As(err, &ec) && ec.ExitCode() != 0 {
		return ec.ExitCode()
	}
	return exitFailure
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:      "brief",
		Usage:     "turn documents into one-page briefing notes",
		UsageText: "brief COMMAND [options] [FILE|-]...",
		Description: "brief reads press releases, readouts, statements, articles and reports, recovers their\n" +
			"structure and picks their most important sentences by extractive summarisation: offline,\n" +
			"deterministic, every sentence quoted from the source. Input is FILE arguments or, with none\n" +
			"or with '-', standard input. Options may come before or after the files.",
		Version:              version,
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		Suggest:              true,
		EnableBashCompletion: true,
		Commands: []*cli.Command{
			withBatchFlags(noteCommand()), // "brief note DIR" is "brief batch DIR"
			summarizeCommand(),
			evalCommand(),
			batchCommand(),
			indexCommand(),
			completionCommand(),
			manCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // run maps errors to exit codes
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return withFlagSuggestion(c, err)
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return unknownCommand(c.App, c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
	}
	return app
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// reorderArgs moves flags that follow positional arguments in front of
// them: urfave/cli stops parsing flags at the first argument, so "brief
// summarize doc.txt -n 3" would otherwise silently ignore "-n 3". A "--"
// ends the flags as usual.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	// Shell completion asks with this flag last, where urfave/cli looks
	// for it.
	const complete = "--generate-bash-completion"
	if args[len(args)-1] == complete {
		return append(reorderArgs(app, args[:len(args)-1:len(args)-1]), complete)
	}
	out := []string{args[0]}
	i := 1
	// global flags, then the command name
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" {
		out = append(out, args[i])
		i++
	}
	if i == len(args) {
		return out
	}
	cmd := app.Command(args[i])
	if cmd == nil && (args[i] == "-" || exists(args[i])) {
		cmd = app.Command("note") // "brief FILE" is "brief note FILE"
		out = append(out, "note")
	} else {
		out = append(out, args[i])
		i++
	}
	if cmd == nil {
		return append(out, args[i:]...)
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, positional []string
	for ; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		default:
			positional = append(positional, a)
		}
	}
	out = append(out, flags...)
	if len(positional) > 0 {
		out = append(out, "--")
		out = append(out, positional...)
	}
	return out
}
