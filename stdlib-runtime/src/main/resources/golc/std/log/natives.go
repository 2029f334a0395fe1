package log

// now returns the current local (or UTC) time broken down as the header prints it.
func now(utc bool) (year, month, day, hour, min, sec, micro int)

// caller returns the source position of the Go function calldepth frames above Output's caller's
// caller (runtime.Caller(calldepth) as seen from Output).
func caller(calldepth int) (file string, line int, ok bool)
