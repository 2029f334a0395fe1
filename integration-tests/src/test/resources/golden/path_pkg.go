// Package path: slash-separated path manipulation and Match.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "//a//b/./c/", "../../x", "/../x", "a/../..", "abc/./def/../ghi/"} {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "/b/"), path.Join("", ""), path.Join("/", "..", "x"), path.Join("a/b", "../../../c"))
	for _, p := range []string{"/a/b/c.txt", "c", "/", "", "a/b/", "x.tar.gz", ".hidden"} {
		dir, file := path.Split(p)
		fmt.Printf("%q: Base=%q Dir=%q Ext=%q Split=(%q,%q) IsAbs=%v\n", p, path.Base(p), path.Dir(p), path.Ext(p), dir, file, path.IsAbs(p))
	}
	patterns := []struct{ pattern, name string }{
		{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"a?c", "ac"},
		{"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[!a-c]x", "dx"}, {`\*`, "*"}, {"a/*/c", "a/b/c"},
		{"[", "a"}, {"a[", "a"}, {"*", ""}, {"[\\]]", "]"},
	}
	for _, p := range patterns {
		ok, err := path.Match(p.pattern, p.name)
		fmt.Printf("Match(%q, %q) = %v %v\n", p.pattern, p.name, ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
