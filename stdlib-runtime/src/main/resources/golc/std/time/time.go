package time

// A Time represents an instant in time with nanosecond precision, with a
// reading of the monotonic clock when it comes from Now (used by Sub, Since,
// Until, Before and After when both times have one, as in Go).
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32 // [0, 999999999]
	hasMono bool
	mono    int64 // monotonic clock reading in nanoseconds
}

const (
	secondsPerDay = 86400
	// unixToInternal is the number of seconds from year 1 to 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// Now returns the current local time.
func Now() Time {
	sec, nsec := walltime()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: nanotime()}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC. It is valid to pass
// nsec outside the range [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec)}
}

// UnixMilli returns the local Time corresponding to the given Unix time, msec
// milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time, usec
// microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Unix returns t as a Unix time, the number of seconds elapsed since January
// 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed since
// January 1, 1970 UTC.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + int64(t.nsec) }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + int64(t.nsec)/1e3 }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1, year
// 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

// Sub returns the duration t-u. If the result exceeds the maximum (or minimum)
// value that can be stored in a Duration, the maximum (or minimum) duration
// will be returned.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration // t - u is positive out of range
	}
	if d > 0 && t < u {
		return minDuration // t - u is negative out of range
	}
	return d
}

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono {
		return subMono(nanotime(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.hasMono {
		return subMono(t.mono, nanotime())
	}
	return t.Sub(Now())
}

// Round returns t stripped of its monotonic clock reading when d <= 0
// (the idiom t.Round(0)); other roundings are not provided.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	return t
}
