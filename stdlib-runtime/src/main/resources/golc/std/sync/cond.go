package sync

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker
	h any
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) handle() any {
	if h := c.h; h != nil {
		return h
	}
	return handle(&c.h, kindNotifyList)
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	h := c.handle()
	t := notifyListAdd(h)
	c.L.Unlock()
	notifyListWait(h, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	notifyListNotifyOne(c.handle())
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	notifyListNotifyAll(c.handle())
}
