// time: Time arithmetic and fields (Add, Sub, AddDate, Before/After/Equal,
// Truncate/Round, Unix*, Date, Clock, YearDay, ISOWeek, Month/Weekday names)
// and Duration methods, all on fixed instants so the output is deterministic.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 26, 1, 59, 30, 750000000, time.UTC)
	fmt.Println(t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Year(), t.Month(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second())
	yw, w := t.ISOWeek()
	fmt.Println("iso week", yw, w)

	u := t.Add(36*time.Hour + 45*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.In(time.FixedZone("X", 3600))))
	fmt.Println(t.AddDate(0, 1, 10), t.AddDate(-1, -3, 0), t.AddDate(0, 0, 365))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)) // normalizes to March 3
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC))

	for _, dd := range []time.Duration{time.Second, 10 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 0, -time.Second} {
		fmt.Println(dd, t.Truncate(dd), t.Round(dd))
	}

	fmt.Println(time.Unix(1700000000, 5).UTC(), time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC().Format(time.RFC3339Nano))
	var zero time.Time
	fmt.Println(zero.IsZero(), t.IsZero(), zero.Unix(), zero.Weekday(), zero.YearDay())

	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ", m.String()[:3], "; ")
	}
	fmt.Println()
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Print(wd, " ")
	}
	fmt.Println(time.Month(13), time.Weekday(9))

	durs := []time.Duration{
		0, 1, 999, 1000, 1500 * time.Microsecond, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-90 * time.Minute, 1<<63 - 1, -1 << 63, 100 * time.Hour,
	}
	for _, dd := range durs {
		fmt.Printf("%v %d %.4f %.4f %.6f %d %d %d\n", dd, dd.Nanoseconds(), dd.Hours(), dd.Minutes(), dd.Seconds(), dd.Milliseconds(), dd.Microseconds(), dd.Abs())
		fmt.Println("  ", dd.Round(time.Hour), dd.Round(time.Millisecond), dd.Truncate(time.Minute), dd.Truncate(0), dd.Round(-1))
	}

	loc := time.FixedZone("UTC+3", 3*3600)
	lt := time.Date(2000, 2, 29, 23, 30, 0, 0, loc)
	name, off := lt.Zone()
	fmt.Println(lt, lt.UTC(), lt.Location(), name, off, lt.Day(), lt.UTC().Day())
	fmt.Println(time.UTC, time.UTC.String(), lt.In(time.UTC).Location())
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24)
}
