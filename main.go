// Brief turns documents into one-page briefing notes.
//
// It reads a press release, readout, statement, article or report, recovers
// its structure, ranks its sentences by extractive summarisation (offline and
// deterministic: every sentence it prints is quoted from the source) and
// prints the most important ones.
//
// Usage:
//
//	brief note [-o NOTE.md|NOTE.pdf|NOTE.json] [FILE|-]
//	brief batch DIR... -o OUTDIR [-f md|pdf|json] [-j N] [--recursive]
//	brief summarize [-n N | --ratio R | --words W] [--format text|json] [FILE|-]...
//	brief summarize --jsonl < corpus.jsonl > summaries.jsonl
//	brief eval --corpus corpus.jsonl [--algorithm NAME|all]
//	brief eval --gold DIR [--score PREDICTIONS.jsonl] [--misses]
//
// Run "brief help COMMAND" for every flag. Exit codes: 0 success, 1 a
// failure (each is reported once on standard error as "brief: FILE: what"),
// 2 a usage error.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
)

func main() {
	os.Exit(runProcess(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// runProcess is run with the signals of a process: SIGINT (Ctrl-C) and
// SIGTERM, what Kubernetes, Docker, systemd and timeout(1) send, both
// let work in flight finish and the manifest be written. After the
// first, a second signal kills the process as usual.
func runProcess(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals...)
	context.AfterFunc(ctx, stop)
	defer stop()
	return run(ctx, args, stdin, stdout, stderr)
}
