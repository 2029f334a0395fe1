// A line filter over standard input with bufio.Scanner: numbers lines, counts words and bytes, upper-cases.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words, bytes := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		bytes += len(line) + 1
		fmt.Printf("%3d  %s\n", lines, strings.ToUpper(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%d lines, %d words, %d bytes\n", lines, words, bytes)
}
