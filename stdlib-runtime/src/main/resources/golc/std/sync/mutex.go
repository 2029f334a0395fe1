// Package sync provides Go's synchronization primitives. The waiting is done by
// golc's goroutine runtime (golc.rt.sched): a goroutine that waits is parked,
// never its carrier thread.
//
// Each primitive keeps a handle to its runtime object, created on first use, so
// that the zero value is ready to use as in Go.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Kinds of runtime objects behind the handles (see handle in natives.go).
const (
	kindMutex = iota
	kindRWMutex
	kindWaitGroup
	kindNotifyList
)

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
// A Mutex must not be copied after first use.
type Mutex struct {
	h any
}

func (m *Mutex) handle() any {
	if h := m.h; h != nil {
		return h
	}
	return handle(&m.h, kindMutex)
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks
// until the mutex is available.
func (m *Mutex) Lock() {
	h := m.handle()
	for !mutexLock(h) {
		// woken by an Unlock: compete for the lock again
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return mutexTryLock(m.handle())
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	mutexUnlock(m.handle())
}
