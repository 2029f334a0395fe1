// Package log: prefixes, flags, Logger to a buffer, Print/Printf/Println, Panic and a final Fatal (exit 1).
// EXIT 1
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("hello", 42)
	l.Printf("%d items, %q", 3, "x")
	l.Println("line", "with", 3, "words")
	l.Print("already ends in newline\n")
	l.SetPrefix("[p] ")
	l.Print("new prefix")
	l.SetFlags(log.Lmsgprefix)
	l.Print("prefix after header")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix, l.Writer() == &buf)

	// With the date flags the header is present; check its shape, not its value.
	buf.Reset()
	l2 := log.New(&buf, "", log.LstdFlags|log.LUTC)
	l2.Print("stamped")
	line := buf.String()
	fmt.Println(len(line), line[4] == '/', line[7] == '/', line[10] == ' ', line[13] == ':', strings.HasSuffix(line, " stamped\n"))
	buf.Reset()
	l3 := log.New(&buf, "", log.Lshortfile)
	l3.Print("where")
	fmt.Println(strings.HasSuffix(buf.String(), ": where\n"), strings.Contains(buf.String(), ".go:"))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %s", "thing")
	}()

	// The standard logger: to stderr by default, here redirected to stdout.
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.Printf("flags=%d prefix=%q", log.Flags(), log.Prefix())
	fmt.Println(log.Default().Prefix())
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal: %v", "goodbye")
	fmt.Println("not reached")
}
