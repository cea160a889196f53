package batch

// weighted.go bounds the bytes of input being briefed at once.

import (
	"context"
	"sync"
)

// bigBudget is how many bytes of input the workers brief at once, at most:
// briefing a document takes tens of times its size in memory, so a few
// large inputs run one at a time while small ones run side by side.
const bigBudget = 4 << 20

// weighted is a counting semaphore of bytes.
type weighted struct {
	mu    sync.Mutex
	cond  *sync.Cond
	size  int64 // capacity
	inUse int64
}

func newWeighted(size int64) *weighted {
	w := &weighted{size: size}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// acquire takes n (at most the capacity) and returns what to give back, or
// false when ctx ended first.
func (w *weighted) acquire(ctx context.Context, n int64) (int64, bool) {
	n = min(n, w.size)
	stop := context.AfterFunc(ctx, func() {
		w.mu.Lock()
		w.cond.Broadcast()
		w.mu.Unlock()
	})
	defer stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.inUse+n > w.size && ctx.Err() == nil {
		w.cond.Wait()
	}
	if ctx.Err() != nil {
		return 0, false
	}
	w.inUse += n
	return n, true
}

func (w *weighted) release(n int64) {
	w.mu.Lock()
	w.inUse -= n
	w.cond.Broadcast()
	w.mu.Unlock()
}
