// Greedy word wrapping and justification of a paragraph at several widths.
package main

import (
	"fmt"
	"strings"
)

const text = `Go is an open source programming language that makes it simple to build secure, scalable systems. ` +
	`golc compiles it to the Java virtual machine, byte for byte.`

func wrap(s string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(s) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - len(line) + gaps
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			k := spaces / gaps
			if i < spaces%gaps {
				k++
			}
			sb.WriteString(strings.Repeat(" ", k))
		}
	}
	return sb.String()
}

func main() {
	for _, width := range []int{20, 36} {
		fmt.Println(strings.Repeat("=", width))
		lines := wrap(text, width)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("|%-*s|\n", width, l)
		}
	}
}
