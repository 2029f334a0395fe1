// The strings package: searching, splitting, joining, trimming, replacing, case mapping.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gophers! Hello!  "
	fmt.Println(strings.Contains(s, "Go"), strings.ContainsRune(s, '!'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, "zzz"), strings.IndexByte(s, 'G'))
	fmt.Println(strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimLeft("aabca", "a"), strings.TrimRight("aabca", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀB C"), strings.Title("go lang"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.IndexFunc("ab1", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
