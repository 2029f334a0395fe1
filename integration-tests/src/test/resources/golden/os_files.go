// Package os: environment, process facts, standard files and file-system operations in a temporary
// directory, with Go's error values and *PathError messages.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		fmt.Println("unexpected error:", err)
		os.Exit(3)
	}
}

func main() {
	fmt.Println(len(os.Args) >= 1, os.Getpid() > 0)
	fmt.Printf("%T %T %v %v\n", os.Stdout, os.Stderr, os.Stdout.Name(), os.Stdin.Fd())
	fmt.Fprintln(os.Stderr, "to stderr")

	check(os.Setenv("GOLC_TEST_VAR", "value 1"))
	fmt.Println(os.Getenv("GOLC_TEST_VAR"))
	v, ok := os.LookupEnv("GOLC_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	check(os.Setenv("GOLC_EMPTY", ""))
	v, ok = os.LookupEnv("GOLC_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	check(os.Unsetenv("GOLC_TEST_VAR"))
	v, ok = os.LookupEnv("GOLC_TEST_VAR")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOLC_NEVER_SET"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOLC_EMPTY=" {
			found = true
		}
	}
	fmt.Println("Environ has GOLC_EMPTY:", found)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("WHO", "gopher")
	fmt.Println(os.ExpandEnv("hello $WHO, ${WHO}s; $GOLC_NEVER_SET."), os.Expand("$a-${b}", strings.ToUpper))

	dir, err := os.MkdirTemp("", "golc-os-*")
	check(err)
	defer os.RemoveAll(dir)
	rel := func(s string) string { return strings.ReplaceAll(s, dir, "$TMP") }
	fi, err := os.Stat(dir)
	check(err)
	fmt.Println(fi.IsDir(), fi.Mode().IsDir(), fi.Mode().Perm(), fi.Mode()&os.ModeDir != 0, strings.HasPrefix(fi.Name(), "golc-os-"))

	name := dir + "/hello.txt"
	f, err := os.Create(name)
	check(err)
	fmt.Printf("%T %v\n", f, rel(f.Name()))
	n, err := f.WriteString("hello, file\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "line %d\n", 2)
	fmt.Println(n, err)
	check(f.Close())
	fmt.Println(rel(f.Close().Error()))
	_, err = f.Write([]byte("x"))
	fmt.Println(rel(err.Error()), errors.Is(err, os.ErrClosed))

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	check(os.WriteFile(dir+"/b.txt", []byte("bee"), 0644))
	fi, err = os.Stat(dir + "/b.txt")
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.ModTime().IsZero())

	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	f.WriteString("appended\n")
	f.Close()
	f, err = os.Open(name)
	check(err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf))
	pos, err := f.Seek(-9, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.ReadAt(buf, 7)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, 28)
	fmt.Println(n, err)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	st, err := f.Stat()
	check(err)
	fmt.Println(st.Name(), st.Size())
	f.Close()

	check(os.MkdirAll(dir+"/sub/deeper/deepest", 0755))
	check(os.MkdirAll(dir+"/sub/deeper", 0755))
	check(os.WriteFile(dir+"/sub/c.txt", nil, 0600))
	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		info, err := e.Info()
		check(err)
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode())
	}
	d, err := os.Open(dir + "/sub")
	check(err)
	names, err := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	d.Close()

	check(os.Rename(dir+"/b.txt", dir+"/sub/b2.txt"))
	_, err = os.Stat(dir + "/b.txt")
	fmt.Println(rel(err.Error()), os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	check(os.Chmod(dir+"/sub/b2.txt", 0600))
	fi, _ = os.Stat(dir + "/sub/b2.txt")
	fmt.Println(fi.Mode())
	check(os.Truncate(dir+"/sub/b2.txt", 1))
	data, _ = os.ReadFile(dir + "/sub/b2.txt")
	fmt.Printf("%q\n", data)

	// Errors.
	_, err = os.Open(dir + "/missing.txt")
	var pe *os.PathError
	fmt.Println(rel(err.Error()), errors.As(err, &pe), pe.Op, rel(pe.Path), pe.Err)
	fmt.Printf("%T\n", err)
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println(rel(err.Error()), os.IsExist(err), errors.Is(err, fs.ErrExist))
	err = os.Remove(dir + "/sub")
	fmt.Println(rel(err.Error()))
	_, err = os.ReadDir(dir + "/nope")
	fmt.Println(rel(err.Error()))
	_, err = os.ReadFile(dir + "/sub")
	fmt.Println(rel(err.Error()))
	err = os.Rename(dir+"/nope", dir+"/nope2")
	var le *os.LinkError
	fmt.Println(rel(err.Error()), errors.As(err, &le), os.IsNotExist(err))
	_, err = os.OpenFile(dir+"/hello.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(rel(err.Error()), os.IsExist(err))
	_, err = os.MkdirTemp(dir, "bad/pattern")
	fmt.Println(err)

	tf, err := os.CreateTemp(dir, "tmp*.txt")
	check(err)
	fmt.Println(strings.HasPrefix(tf.Name(), dir+"/tmp"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
	check(os.Remove(tf.Name()))

	// DirFS and io/fs helpers over it.
	fsys := os.DirFS(dir)
	var walked []string
	fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		walked = append(walked, path)
		return err
	})
	fmt.Println(walked)
	b, err := fs.ReadFile(fsys, "sub/b2.txt")
	fmt.Printf("%q %v\n", b, err)
	matches, err := fs.Glob(fsys, "*.txt")
	fmt.Println(matches, err)

	check(os.RemoveAll(dir + "/sub"))
	check(os.RemoveAll(dir + "/never-existed"))
	entries, _ = os.ReadDir(dir)
	fmt.Println(len(entries))
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.ModePerm, os.ModeDir|0755, os.FileMode(0644), os.ModeSymlink|os.ModeSetuid|0777, os.DevNull, string(os.PathSeparator))
}
