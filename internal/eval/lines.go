package eval

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// line is one input line and what became of it.
type line struct {
	no   int    // 1-based line number
	data []byte // the line
	out  []byte // the output line, newline included
	err  error  // what went wrong with the line; out then reports it
}

// eachLine calls fn on every non-blank line of r in parallel on all cores
// and then hands each line, in input order, to emit. Lines travel in
// batches so that channel traffic stays small next to the work. A line
// longer than maxLine reaches emit already failed, without fn.
func eachLine(r io.Reader, maxLine int64, fn func(*line), emit func(*line) error) error {
	const batchSize = 32
	workers := runtime.GOMAXPROCS(0)
	type batch struct {
		lines []*line
		done  chan struct{}
	}
	jobs := make(chan *batch, workers*2)
	ordered := make(chan *batch, workers*4)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(ordered)
		br := bufio.NewReaderSize(r, 1<<20)
		no := 0
		cur := &batch{done: make(chan struct{})}
		send := func() {
			jobs <- cur
			ordered <- cur
			cur = &batch{done: make(chan struct{})}
		}
		for {
			data, err := readLine(br, maxLine)
			no++
			if len(bytes.TrimSpace(data)) > 0 || errors.Is(err, errLineTooLong) {
				cl := &line{no: no, data: data}
				if errors.Is(err, errLineTooLong) {
					cl.fail(nil, fmt.Errorf("line %d: longer than %d bytes", no, maxLine))
				}
				cur.lines = append(cur.lines, cl)
				if len(cur.lines) == batchSize {
					send()
				}
			}
			if err != nil && !errors.Is(err, errLineTooLong) {
				if err != io.EOF {
					readErr = err
				}
				break
			}
		}
		if len(cur.lines) > 0 {
			send()
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				for _, cl := range b.lines {
					if cl.out == nil {
						fn(cl)
					}
				}
				close(b.done)
			}
		}()
	}
	var emitErr error
	for b := range ordered {
		<-b.done
		for _, cl := range b.lines {
			if emitErr == nil {
				emitErr = emit(cl)
			}
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return readErr
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline. A line longer than max is
// skipped to its end and reported with errLineTooLong.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || err == io.EOF {
				return nil, errLineTooLong
			}
			return nil, err
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}
