package time

// Natives, bound to golc.rt.std.time.Natives (Sleep is declared in sleep.go).

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64

// walltime returns the wall clock as seconds and nanoseconds since 1970 UTC.
func walltime() (sec int64, nsec int32)

// newChanTimer starts a runtime timer with a new channel of capacity 1: at the
// monotonic time when (and every period nanoseconds after that if period > 0)
// the timer thread sends now() on the channel unless it is full, so that a
// slow receiver skips ticks, as Go's sendTime does.
func newChanTimer(when, period int64, now func() Time) (c chan Time, h any)

// newFuncTimer starts a runtime timer that starts f in its own goroutine at
// the monotonic time when.
func newFuncTimer(when int64, f func()) any

// stopTimer stops the timer; it reports whether the timer was active.
func stopTimer(h any) bool

// resetTimer re-arms the timer; it reports whether the timer was active.
func resetTimer(h any, when, period int64) bool

// zoneLookup returns the zone in effect at sec (seconds since 1970 UTC) in the
// java.time.ZoneId id: its abbreviation, offset east of UTC, whether it is
// daylight saving time, and the transitions bracketing sec [start, end)
// (alpha and omega when there are none), as Location.lookup does.
func zoneLookup(id any, sec int64) (name string, offset int, start, end int64, isDST bool)

// loadZone returns the java.time.ZoneId named name, if the JVM knows it.
func loadZone(name string) (id any, ok bool)

// localZone returns the JVM's default zone id (which on Unix follows $TZ and
// /etc/localtime, as Go's Local does) and the name Go gives Local: "UTC", with
// a nil id, when $TZ is "" or "UTC"; $TZ when it names a zone; else "Local".
func localZone() (id any, name string)
