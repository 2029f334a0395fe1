// path/filepath on the real file system: Walk, WalkDir (with SkipDir and
// errors), Glob, and os.Stat/Lstat/ReadDir/Readdirnames/Readlink on a tree
// the program builds in the temporary directory (paths printed relative).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root := filepath.Join(os.TempDir(), fmt.Sprintf("golc-walk-%d", os.Getpid()))
	must(os.RemoveAll(root))
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/skip/deep", "d", "e/f"} {
		must(os.MkdirAll(filepath.Join(root, d), 0o755))
	}
	files := map[string]string{
		"top.txt": "top", "a/one.go": "package one", "a/b/two.go": "package two!", "a/b/c/three.txt": "3",
		"a/skip/deep/hidden.go": "x", "d/notes.md": "# notes", "e/f/g.go": "package g", "a/b/z.go": "",
	}
	for name, body := range files {
		must(os.WriteFile(filepath.Join(root, name), []byte(body), 0o644))
	}
	must(os.Symlink("top.txt", filepath.Join(root, "link.txt")))

	fmt.Println("== Walk")
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if info.IsDir() && info.Name() == "skip" {
			fmt.Println("skipping", rel)
			return filepath.SkipDir
		}
		size := info.Size()
		if info.IsDir() {
			size = 0
		}
		fmt.Printf("%-24s dir=%-5v size=%-3d mode=%v symlink=%v\n", rel, info.IsDir(), size, info.Mode().Type(),
			info.Mode()&os.ModeSymlink != 0)
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("== WalkDir")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if !d.IsDir() && filepath.Ext(p) == ".md" {
			fmt.Println("SkipDir from a file", rel)
			return filepath.SkipDir // skips the rest of its directory
		}
		name := d.Name()
		if rel == "." {
			name = "(root)"
		}
		fmt.Println(rel, name, d.IsDir(), d.Type())
		if rel == "e" {
			return errors.New("stop at e")
		}
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("== Walk of a missing root")
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("called with", info == nil, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
		return err
	})
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe) && pe.Op == "lstat", os.IsNotExist(err))

	fmt.Println("== Glob")
	for _, pat := range []string{"*.txt", "a/*.go", "a/*/*.go", "*/*/*/*.txt", "[ad]", "nothing*", "a/b/[tz]*.go"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i], _ = filepath.Rel(root, m[i])
		}
		fmt.Println(pat, m, err)
	}
	_, err = filepath.Glob("[")
	fmt.Println("bad pattern:", err)

	fmt.Println("== os")
	entries, err := os.ReadDir(filepath.Join(root, "a", "b"))
	for _, e := range entries {
		info, _ := e.Info()
		size := info.Size() // a directory's size depends on the file system
		if info.IsDir() {
			size = -1
		}
		fmt.Println(e.Name(), e.IsDir(), size)
	}
	fmt.Println(err)
	f, err := os.Open(filepath.Join(root, "a"))
	must(err)
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	n2, err := f.Readdirnames(1)
	fmt.Println(n2, err)
	f.Close()
	st, err := os.Stat(filepath.Join(root, "link.txt"))
	fmt.Println(st.Name(), st.Size(), st.Mode().IsRegular(), st.Mode().Perm()&0o600, err) // umask keeps 0600
	lst, err := os.Lstat(filepath.Join(root, "link.txt"))
	fmt.Println(lst.Name(), lst.Mode()&os.ModeSymlink != 0, err)
	dest, err := os.Readlink(filepath.Join(root, "link.txt"))
	fmt.Println(dest, err)
	dst, err := os.Stat(filepath.Join(root, "a") + "/")
	fmt.Println(dst.Name(), dst.IsDir(), dst.Mode().String()[0:1], err)
	_, err = os.Stat(filepath.Join(root, "nope"))
	fmt.Println(os.IsNotExist(err), err.(*os.PathError).Op, err.(*os.PathError).Err)
	_, err = os.ReadDir(filepath.Join(root, "top.txt"))
	fmt.Println(err != nil)
	ev, err := filepath.EvalSymlinks(filepath.Join(root, "link.txt"))
	fmt.Println(filepath.Base(ev), err)
	fmt.Println(fs.ModeDir|0o755, fs.FileMode(0o644), fs.ModeSymlink|0o777)
}
