package batch

// shard.go splits the inputs of a batch between the copies of a sharded run.

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// shardOf is the shard (0 ≤ shard < shards) that processes the input named
// name: the first 8 bytes of the SHA-256 of the name, big-endian, modulo
// shards. Every copy of a sharded run agrees without talking to the
// others.
func shardOf(name string, shards int) int {
	sum := sha256.Sum256([]byte(name))
	return int(binary.BigEndian.Uint64(sum[:8]) % uint64(shards))
}

// ParseShard reads a shard I/N: 0 ≤ I < N, as Kubernetes numbers the pods
// of an Indexed Job ($JOB_COMPLETION_INDEX). "" is the whole, 0/1.
func ParseShard(s string) (shard, shards int, err error) {
	if s == "" {
		return 0, 1, nil
	}
	i, n, ok := strings.Cut(s, "/")
	shard, err1 := strconv.Atoi(i)
	shards, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || shards < 1 || shard < 0 || shard >= shards {
		return 0, 0, fmt.Errorf("shard %q: want I/N with 0 <= I < N, like 0/4 … 3/4", s)
	}
	return shard, shards, nil
}
