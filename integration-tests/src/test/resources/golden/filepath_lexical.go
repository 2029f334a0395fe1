// path/filepath and path: the lexical functions (Join, Split, Base, Dir,
// Ext, Clean, Rel, Match, SplitList, ToSlash/FromSlash, IsAbs, VolumeName)
// on Unix paths, including the edge cases Go documents.
package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/c.txt", "a//b/./c/../d", "../../x/y",
		"/../a", "a/b/..", "./a.tar.gz", ".hidden", "dir/.config", "/usr/lib/", "x/y/z/", "abc/./../def"}
	for _, p := range paths {
		dir, file := filepath.Split(p)
		fmt.Printf("%-16q Clean=%q Base=%q Dir=%q Ext=%q Split=(%q,%q) IsAbs=%v\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file, filepath.IsAbs(p))
		if path.Clean(p) != filepath.Clean(p) || path.Base(p) != filepath.Base(p) || path.Dir(p) != filepath.Dir(p) {
			fmt.Println("  path and filepath differ")
		}
	}
	fmt.Println(filepath.Join("a", "b", "c"), filepath.Join("/a", "../b"), filepath.Join("", ""), filepath.Join("", "x"),
		filepath.Join("a/", "/b/"), filepath.Join("/", "a", "", "b"), path.Join("x", "..", ".."))

	rels := [][2]string{
		{"/a/b/c", "/a/b/c/d/e"}, {"/a/b/c", "/a/x/y"}, {"a/b", "a/b"}, {"a", "b/c"}, {"/a", "b"},
		{"../a", "b"}, {"/", "/usr/bin"}, {"a/b/../c", "a/c/d"}, {".", "a/b"}, {"a/b", "."}, {"..", "a"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}

	matches := [][2]string{
		{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"}, {"a?c", "abc"}, {"a?c", "a/c"},
		{"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[!a-c]x", "dx"}, {"\\*", "*"}, {"[", "a"}, {"a[", "a"},
		{"*[", "abc"}, {"[]a]", "]"}, {"[a-]", "a"}, {"x*y*z", "xaybz"}, {"", ""}, {"*", ""}, {"[\\]a]", "]"},
	}
	for _, m := range matches {
		ok, err := filepath.Match(m[0], m[1])
		ok2, err2 := path.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v | path: %v %v\n", m[0], m[1], ok, err, ok2, err2)
	}

	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::/opt"), filepath.SplitList(""), filepath.SplitList("one"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x/y") == "",
		string(filepath.Separator), string(filepath.ListSeparator))
	abs, err := filepath.Abs("/x/../y/./z")
	fmt.Println(abs, err)
	rel, _ := filepath.Abs("some/file")
	fmt.Println(filepath.IsAbs(rel), strings.HasSuffix(rel, "/some/file"))
	fmt.Println(filepath.ErrBadPattern, filepath.SkipDir)
	sd, sf := path.Split("a/b/c")
	fmt.Println(path.IsAbs("/a"), path.Ext("x.y.z"), sd, sf)
}
