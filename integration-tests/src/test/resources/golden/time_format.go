// time: Format and Parse with Go's reference layout and every layout element,
// the predefined layouts, fixed zones and UTC (no wall clock, so the output is
// deterministic).
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	times := []time.Time{
		t,
		t.In(est),
		t.In(ist),
		time.Date(1999, time.January, 2, 3, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 12, 30, 0, 500000000, est),
		time.Date(-5, time.March, 1, 0, 0, 0, 0, time.UTC),
		time.Date(12345, time.December, 31, 13, 59, 59, 0, time.UTC),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05.000 -0700 MST",
		"Mon Monday Jan January 1 01 _2 2 02 __2 002 06 2006",
		"3 03 15 4 04 5 05 PM pm",
		".0 .00 .999 .999999999 ,000 ,999",
		"Z07:00 Z0700 Z07 Z07:00:00 -07 -0700 -07:00 -07:00:00 -070000 MST",
		"literal text with 2006 in it",
	}
	for _, tt := range times {
		fmt.Println("==", tt)
		for _, l := range layouts {
			fmt.Printf("%-40q %s\n", l, tt.Format(l))
		}
	}
	fmt.Println(t.String())
	fmt.Println(time.Time{})
	fmt.Println(t.AppendFormat([]byte("at: "), time.Kitchen))

	parses := []struct{ layout, value string }{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339Nano, "2020-05-06T07:08:09.123456789-03:30"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0100"},
		{time.ANSIC, "Sat Mar  7 11:06:39 2015"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2013-02-03"},
		{"2006-01-02 15:04:05.000", "2013-02-03 19:54:00.250"},
		{"2006-01-02 15:04:05", "2013-02-03 19:54:00.987654"},
		{"Jan _2 2006", "Feb  3 2013"},
		{"January 2, 2006 at 3pm", "March 15, 2021 at 9am"},
		{"02/01/06", "31/12/99"},
		{"2006-002", "2020-060"},
		// errors
		{time.RFC3339, "2006-01-02 15:04:05"},
		{"2006-01-02", "2013-02-30"},
		{"2006-01-02", "2013-13-01"},
		{"15:04", "25:00"},
		{"2006-01-02", "2013-02-03 extra"},
		{"Jan 2", "Foo 2"},
		{time.RFC3339, "2006-01-02T15:04:05+25:00"},
	}
	for _, p := range parses {
		v, err := time.Parse(p.layout, p.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		_, off := v.Zone()
		fmt.Println(v, "|", v.UTC(), "|", off, v.Unix(), v.Nanosecond())
	}
	v, err := time.ParseInLocation("2006-01-02 15:04", "2021-07-04 09:30", est)
	fmt.Println(v, err, v.Location())
	v, err = time.ParseInLocation("2006-01-02 15:04 MST", "2021-07-04 09:30 EST", est)
	fmt.Println(v, err)

	for _, s := range []string{"1h2m3.5s", "300ms", "-1.5h", "2us", "1µs", "0", "3x", "", "1h1h", ".5s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
}
