// flag: the command line parsed by the default FlagSet (every flag kind,
// "=" and separate values, "--", Args/NArg), Visit/VisitAll/Lookup/Set,
// PrintDefaults with back-quoted names and zero defaults, custom Value and
// Func flags, TextVar, and a FlagSet's error texts with ContinueOnError.
// ARGS: -name=gopher -n 7 -v -ratio 2.5 --wait=1m30s -big 18446744073709551615 -i64=-9 -u 3 -list a -list b -color RED -ts 2021-02-03T04:05:06Z rest1 -notaflag -- rest3
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type color int

func (c *color) String() string {
	if c == nil {
		return "nil"
	}
	return [...]string{"none", "red", "green"}[*c]
}
func (c *color) Set(s string) error {
	switch strings.ToLower(s) {
	case "red":
		*c = 1
	case "green":
		*c = 2
	default:
		return errors.New("unknown color " + s)
	}
	return nil
}

func main() {
	name := flag.String("name", "nobody", "the `person` to greet")
	n := flag.Int("n", 1, "repeat count")
	verbose := flag.Bool("v", false, "verbose output")
	ratio := flag.Float64("ratio", 1.0, "a ratio")
	wait := flag.Duration("wait", time.Second, "how long to wait")
	big := flag.Uint64("big", 0, "a big number")
	i64 := flag.Int64("i64", 0, "an int64")
	u := flag.Uint("u", 0, "a uint")
	var list listValue
	flag.Var(&list, "list", "may be repeated")
	var c color
	flag.Var(&c, "color", "red or green")
	var ts time.Time
	flag.TextVar(&ts, "ts", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), "a `timestamp`")
	var seen []string
	flag.Func("f", "a func flag", func(s string) error { seen = append(seen, s); return nil })
	var quiet bool
	flag.BoolVar(&quiet, "q", true, "quiet")
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Println(*name, *n, *verbose, *ratio, *wait, *big, *i64, *u, list, c.String(), ts, seen, quiet)
	fmt.Println("NArg:", flag.NArg(), "Args:", flag.Args(), "Arg(0):", flag.Arg(0), "Arg(9):", flag.Arg(9) == "")
	fmt.Println("NFlag:", flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	if f := flag.Lookup("wait"); f != nil {
		fmt.Println("lookup:", f.Name, f.Usage, f.Value.(flag.Getter).Get())
	}
	fmt.Println(flag.Lookup("missing") == nil, flag.Set("n", "42"), *n, flag.Set("n", "x"), flag.Set("zzz", "1"))

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	port := fs.Int("port", 8080, "`port` to listen on")
	host := fs.String("host", "", "host name")
	debug := fs.Bool("debug", false, "enable debugging")
	fs.Duration("timeout", 0, "request timeout")
	fs.Float64("scale", 0.5, "scale factor")
	fs.Var(&c, "c", "a color")
	fs.String("empty", "", "a string with no default")
	fmt.Println("name:", fs.Name(), "handling:", fs.ErrorHandling() == flag.ContinueOnError)
	fs.PrintDefaults()
	err := fs.Parse([]string{"-port", "9090", "--host=example.org", "-debug=false", "x", "-y"})
	fmt.Println(err, *port, *host, *debug, fs.Args())

	bad := [][]string{
		{"-nope"},
		{"-port"},
		{"-port=abc"},
		{"-port=99999999999999999999"},
		{"-debug=maybe"},
		{"-c", "blue"},
		{"---port=1"},
		{"-=1"},
		{"-h"},
		{"-help"},
	}
	for _, args := range bad {
		fmt.Printf("-- %q\n", args)
		err := fs.Parse(args)
		fmt.Println("error:", err, errors.Is(err, flag.ErrHelp))
	}
	fs.Usage = func() { fmt.Println("custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-what"}))

	empty := flag.NewFlagSet("", flag.ContinueOnError)
	empty.SetOutput(os.Stdout)
	fmt.Println(empty.Parse([]string{"-x"}))
	fmt.Println(flag.UnquoteUsage(flag.Lookup("name")))
	fmt.Println(flag.UnquoteUsage(flag.Lookup("v")))
	fmt.Println(flag.UnquoteUsage(flag.Lookup("wait")))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("port", 1, "again")
	}()
}
