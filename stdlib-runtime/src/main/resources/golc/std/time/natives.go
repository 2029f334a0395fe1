package time

// Natives, bound to golc.rt.std.time.Natives (Sleep is declared in sleep.go).

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64

// walltime returns the wall clock as seconds and nanoseconds since 1970 UTC.
func walltime() (sec int64, nsec int32)

// startTimer starts a runtime timer that calls f(arg, 0) on the timer thread
// at the monotonic time when, and every period nanoseconds after that if
// period > 0. f must not block. It returns the timer's handle.
func startTimer(when, period int64, f func(any, uintptr), arg any) any

// stopTimer stops the timer; it reports whether the timer was active.
func stopTimer(h any) bool

// resetTimer re-arms the timer; it reports whether the timer was active.
func resetTimer(h any, when, period int64) bool
