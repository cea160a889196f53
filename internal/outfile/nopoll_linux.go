package outfile

import "golang.org/x/sys/unix"

// NoPoll is an open flag for files that are regular (or refused unless
// they are). Without O_NONBLOCK the os package tries to register every
// file it opens with its poller: it sets the descriptor non-blocking,
// fails to add it (epoll takes no regular file) and sets it blocking
// again, four fcntl calls and an epoll_ctl per file, twice per note of a
// batch. Given O_NONBLOCK, it leaves the flags alone (one failed
// epoll_ctl). Linux ignores the flag for regular files: reads and writes
// behave the same. A file that is not regular opens without waiting (a
// named pipe without a writer), and callers refuse those anyway.
const NoPoll = unix.O_NONBLOCK
