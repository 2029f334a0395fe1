// logstat summarises a web server access log in Common Log Format: requests per client address, per
// path and per status class, bytes served, and the busiest hour, with the top N of each.
//
//	./golc run samples/logstat                                  # the built-in sample log
//	./golc run samples/logstat -- -n 3 samples/logstat/access.log
//	cat samples/logstat/access.log | ./golc run samples/logstat -- -
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	top := 5
	args := os.Args[1:]
	if len(args) >= 2 && args[0] == "-n" {
		n, err := strconv.Atoi(args[1])
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "logstat: bad -n value %q\n", args[1])
			os.Exit(2)
		}
		top, args = n, args[2:]
	}
	var in io.Reader = strings.NewReader(sampleLog)
	name := "built-in sample"
	if len(args) > 0 {
		name = args[0]
		if name == "-" {
			in = os.Stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, "logstat:", err)
				os.Exit(1)
			}
			defer f.Close()
			in = f
		}
	}
	st, err := analyse(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "logstat:", err)
		os.Exit(1)
	}
	st.report(os.Stdout, name, top)
}

// entry is one parsed log line.
type entry struct {
	addr   string
	hour   string // "10/Oct/2000:13"
	method string
	path   string
	status int
	bytes  int64
}

// parseLine parses `addr ident user [time zone] "method path proto" status bytes`.
func parseLine(line string) (entry, bool) {
	var e entry
	sp := strings.IndexByte(line, ' ')
	open := strings.IndexByte(line, '[')
	closeBr := strings.IndexByte(line, ']')
	q1 := strings.IndexByte(line, '"')
	q2 := strings.LastIndexByte(line, '"')
	if sp <= 0 || open < 0 || closeBr < open || q1 < closeBr || q2 <= q1 {
		return e, false
	}
	e.addr = line[:sp]
	stamp := line[open+1 : closeBr]
	if i := strings.IndexByte(stamp, ':'); i >= 0 && len(stamp) >= i+3 {
		e.hour = stamp[:i+3]
	}
	req := strings.Fields(line[q1+1 : q2])
	if len(req) < 2 {
		return e, false
	}
	e.method, e.path = req[0], req[1]
	if i := strings.IndexByte(e.path, '?'); i >= 0 {
		e.path = e.path[:i]
	}
	tail := strings.Fields(line[q2+1:])
	if len(tail) < 2 {
		return e, false
	}
	status, err := strconv.Atoi(tail[0])
	if err != nil {
		return e, false
	}
	e.status = status
	if tail[1] != "-" {
		if e.bytes, err = strconv.ParseInt(tail[1], 10, 64); err != nil {
			return e, false
		}
	}
	return e, true
}

// stats holds the counts of one log.
type stats struct {
	lines, bad int
	bytes      int64
	byAddr     map[string]int
	byPath     map[string]int
	byClass    map[string]int
	byHour     map[string]int
	bytesBy    map[string]int64
}

func analyse(r io.Reader) (*stats, error) {
	st := &stats{
		byAddr: map[string]int{}, byPath: map[string]int{}, byClass: map[string]int{},
		byHour: map[string]int{}, bytesBy: map[string]int64{},
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		st.lines++
		e, ok := parseLine(line)
		if !ok {
			st.bad++
			continue
		}
		st.bytes += e.bytes
		st.byAddr[e.addr]++
		st.byPath[e.method+" "+e.path]++
		st.byClass[strconv.Itoa(e.status/100)+"xx"]++
		st.byHour[e.hour]++
		st.bytesBy[e.addr] += e.bytes
	}
	return st, sc.Err()
}

// count is a key with its number of occurrences.
type count struct {
	key string
	n   int
}

// topN returns the n most frequent keys, ties in key order.
func topN(m map[string]int, n int) []count {
	cs := make([]count, 0, len(m))
	for k, v := range m {
		cs = append(cs, count{k, v})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].key < cs[j].key
	})
	if len(cs) > n {
		cs = cs[:n]
	}
	return cs
}

func (st *stats) report(w io.Writer, name string, n int) {
	out := bufio.NewWriter(w)
	defer out.Flush()
	fmt.Fprintf(out, "%s: %d requests, %d malformed, %s served\n", name, st.lines-st.bad, st.bad, human(st.bytes))
	section := func(title string, m map[string]int) {
		fmt.Fprintf(out, "\n%s\n%s\n", title, strings.Repeat("-", len(title)))
		total := st.lines - st.bad
		for i, c := range topN(m, n) {
			pct := 0.0
			if total > 0 {
				pct = 100 * float64(c.n) / float64(total)
			}
			bar := strings.Repeat("#", int(pct/5+0.5))
			fmt.Fprintf(out, "%2d. %-28s %5d %5.1f%% %s\n", i+1, c.key, c.n, pct, bar)
		}
	}
	section("top clients", st.byAddr)
	section("top requests", st.byPath)
	section("status classes", st.byClass)
	if busiest := topN(st.byHour, 1); len(busiest) > 0 {
		fmt.Fprintf(out, "\nbusiest hour: %s:00 (%d requests)\n", busiest[0].key, busiest[0].n)
	}
	var heavy []string
	for addr, b := range st.bytesBy {
		if b >= 10000 {
			heavy = append(heavy, addr)
		}
	}
	sort.Strings(heavy)
	fmt.Fprintf(out, "clients with 10K or more: %s\n", strings.Join(heavy, ", "))
}

// human formats a byte count as Go's own tools do: 1.5K, 2.0M.
func human(b int64) string {
	switch {
	case b >= 1<<20:
		return strconv.FormatFloat(float64(b)/(1<<20), 'f', 1, 64) + "M"
	case b >= 1<<10:
		return strconv.FormatFloat(float64(b)/(1<<10), 'f', 1, 64) + "K"
	}
	return strconv.FormatInt(b, 10) + "B"
}
