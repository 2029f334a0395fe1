package rand

// lock and unlock guard the global source (Go uses a sync.Mutex in lockedSource).
func lock()

func unlock()
