package sync

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held by
// an arbitrary number of readers or a single writer. If a goroutine holds a
// RWMutex for reading and another goroutine might call Lock, no goroutine
// should expect to be able to acquire a read lock until the initial read lock
// is released. The zero value is an unlocked mutex.
type RWMutex struct {
	h any
}

func (rw *RWMutex) handle() any {
	if h := rw.h; h != nil {
		return h
	}
	return handle(&rw.h, kindRWMutex)
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	rwRLock(rw.handle())
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	return rwTryRLock(rw.handle())
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	rwRUnlock(rw.handle())
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rwLock(rw.handle())
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	return rwTryLock(rw.handle())
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	rwUnlock(rw.handle())
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

// rlocker is a struct holding the RWMutex rather than Go's "type rlocker
// RWMutex" with pointer conversions, which golc's code generator does not
// convert between struct classes yet.
type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }
