package sync

// Natives, bound to golc.rt.std.sync.Natives. Those marked //golc:blocking may
// park the calling goroutine (they return the goroutine runtime's SUSPEND
// marker; see "Goroutines and the scheduler" in docs/ARCHITECTURE.md).

// handle returns *p, first storing in it a new runtime object of the given
// kind if *p is nil (atomically: concurrent first uses agree on one object).
func handle(p *any, kind int) any

//golc:blocking
func mutexLock(h any) bool

func mutexTryLock(h any) bool

func mutexUnlock(h any)

//golc:blocking
func rwRLock(h any)

func rwTryRLock(h any) bool

func rwRUnlock(h any)

//golc:blocking
func rwLock(h any)

func rwTryLock(h any) bool

func rwUnlock(h any)

// waitGroupAdd adds delta and returns the new counter.
func waitGroupAdd(h any, delta int64) int64

//golc:blocking
func waitGroupWait(h any)

func notifyListAdd(h any) int64

//golc:blocking
func notifyListWait(h any, t int64)

func notifyListNotifyOne(h any)

func notifyListNotifyAll(h any)
