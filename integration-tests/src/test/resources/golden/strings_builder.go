// strings.Builder and building strings byte by byte and rune by rune.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('世')
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var lines []string
	for i := 1; i <= 3; i++ {
		lines = append(lines, strings.Repeat("*", i))
	}
	fmt.Println(strings.Join(lines, "\n"))
	rev := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev("Hello, 世界"))
}
