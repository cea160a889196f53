package main

// cmd_index.go is "brief index OUTDIR": one call to batch.WriteIndex.

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/batch"
)

func indexCommand() *cli.Command {
	return &cli.Command{
		Name:      "index",
		Usage:     "merge the manifests of a sharded batch into OUTDIR/index.md and index.json",
		UsageText: "brief index OUTDIR",
		Description: "Rewrites OUTDIR/index.md and OUTDIR/index.json from the manifests that \"brief batch\"\n" +
			"runs left in OUTDIR/.brief. Run it once all the shards of a \"brief batch --shard I/N\" are\n" +
			"done; a shard that left no manifest is reported (exit 1) and the index says it is incomplete.",
		Action: runIndex,
	}
}

func runIndex(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("index takes one directory, the -o of brief batch")
	}
	dir := c.Args().First()
	idx, err := batch.WriteIndex(dir, briefing.Generator+" "+version)
	if idx == nil {
		return &fileError{dir, err}
	}
	failed := false
	if err != nil { // manifests that could not be read; the rest are indexed
		fmt.Fprintf(c.App.ErrWriter, "brief: %s: %v\n", dir, err)
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
