package main

// cmd_index.go is "brief index OUTDIR": one call to batch.WriteIndex.

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/internal/batch"
	"github.com/brief-dev/brief/render"
)

func indexCommand() *cli.Command {
	return &cli.Command{
		Name:      "index",
		Usage:     "merge the manifests of a sharded batch into OUTDIR/index.md and index.json",
		UsageText: "brief index OUTDIR",
		Description: "Rewrites OUTDIR/index.md and OUTDIR/index.json from the manifests that \"brief batch\"\n" +
			"runs left in OUTDIR/.brief. Run it once all the shards of a \"brief batch --shard I/N\" are\n" +
			"done; a shard that left no manifest is reported (exit 1) and the index says it is incomplete.\n" +
			"Index files that brief did not write are not replaced (--overwrite replaces them).",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "overwrite", Usage: "replace index files that brief did not write", DisableDefaultText: true},
		},
		Action: runIndex,
	}
}

func runIndex(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("index takes one directory, the -o of brief batch")
	}
	dir := c.Args().First()
	idx, err := batch.WriteIndex(c.Context, dir, batch.IndexOptions{
		Generator: render.Generator + " " + version, Overwrite: c.Bool("overwrite"),
	})
	if idx == nil {
		if errors.Is(err, batch.ErrInterrupted) {
			return cli.Exit("interrupted", 130)
		}
		return &fileError{dir, err}
	}
	failed := false
	if idx.Unreadable != nil { // manifests that could not be read; the rest are indexed
		fmt.Fprintf(c.App.ErrWriter, "brief: %s: %v\n", dir, idx.Unreadable)
		failed = true
	}
	for _, name := range idx.NotReplaced {
		fmt.Fprintf(c.App.ErrWriter, "brief: %s/%s: exists and brief did not write it: not replaced (--overwrite replaces it)\n", dir, name)
		failed = true
	}
	for _, s := range idx.Missing {
		fmt.Fprintf(c.App.ErrWriter, "brief: %s: shard %s left no manifest: the index lacks its documents\n", dir, s)
		failed = true
	}
	if failed {
		return errReported
	}
	return nil
}
