package sync

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	h any
}

func (wg *WaitGroup) handle() any {
	if h := wg.h; h != nil {
		return h
	}
	return handle(&wg.h, kindWaitGroup)
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released. If the
// counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	if waitGroupAdd(wg.handle(), int64(delta)) < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	waitGroupWait(wg.handle())
}
