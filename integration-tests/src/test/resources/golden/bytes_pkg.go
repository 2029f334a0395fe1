// Package bytes: the slice twins of strings, and bytes.Buffer as a reader and writer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func show(label string, b []byte) {
	fmt.Printf("%s: %q len=%d\n", label, b, len(b))
}

func main() {
	a := []byte("Hello, Gophers! hello again")
	fmt.Println(bytes.Equal(a, []byte("Hello, Gophers! hello again")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(a, []byte("Gophers")), bytes.ContainsAny(a, "xyz!"), bytes.ContainsRune(a, 'G'))
	fmt.Println(bytes.Index(a, []byte("hello")), bytes.LastIndex(a, []byte("l")), bytes.IndexByte(a, ','), bytes.IndexRune(a, 'G'))
	fmt.Println(bytes.IndexAny(a, "!,"), bytes.LastIndexAny(a, "!,"), bytes.IndexFunc(a, unicode.IsSpace), bytes.Count(a, []byte("l")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("again")), bytes.EqualFold([]byte("GoLang"), []byte("golANG")))
	show("ToUpper", bytes.ToUpper(a))
	show("ToLower", bytes.ToLower(a))
	show("Title", bytes.ToTitle([]byte("abc")))
	show("TrimSpace", bytes.TrimSpace([]byte("  \t padded \n ")))
	show("Trim", bytes.Trim([]byte("xxhixx"), "x"))
	show("TrimLeft", bytes.TrimLeft([]byte("xxhixx"), "x"))
	show("TrimRight", bytes.TrimRight([]byte("xxhixx"), "x"))
	show("TrimPrefix", bytes.TrimPrefix(a, []byte("Hello, ")))
	show("TrimSuffix", bytes.TrimSuffix(a, []byte(" again")))
	show("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Replace", bytes.Replace(a, []byte("l"), []byte("L"), 2))
	show("ReplaceAll", bytes.ReplaceAll(a, []byte("l"), []byte("")))
	show("Map", bytes.Map(func(r rune) rune {
		if r == 'o' {
			return '0'
		}
		if r == ' ' {
			return -1
		}
		return r
	}, a))
	show("Join", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	for _, f := range bytes.Fields([]byte("  one two\tthree\n four  ")) {
		show("Field", f)
	}
	for _, f := range bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit) {
		show("FieldsFunc", f)
	}
	parts := bytes.Split([]byte("a,b,,c"), []byte(","))
	fmt.Println(len(parts))
	for _, p := range parts {
		show("Split", p)
	}
	for _, p := range bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2) {
		show("SplitN", p)
	}
	for _, p := range bytes.SplitAfter([]byte("a,b,c"), []byte(",")) {
		show("SplitAfter", p)
	}
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("Cut: %q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("Cut: %q %q %v\n", before, after, found)
	fmt.Println(string(bytes.Runes([]byte("héllo"))[1]), len(bytes.Runes([]byte("héllo"))))

	// Buffer as a writer.
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d+%d=%d", 2, 3, 5)
	fmt.Println(buf.String(), buf.Len())
	// Buffer as a reader.
	b := make([]byte, 5)
	n, err := buf.Read(b)
	fmt.Println(n, err, string(b[:n]), buf.Len())
	c, _ := buf.ReadByte()
	fmt.Printf("%c\n", c)
	buf.UnreadByte()
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	rest, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(b)
	fmt.Println(n, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")

	b2 := bytes.NewBufferString("line1\nline2\nline3")
	fmt.Println(string(b2.Next(3)), b2.Len())
	b2.Truncate(5)
	fmt.Printf("%q\n", b2.String())
	b3 := bytes.NewBuffer([]byte("copy me"))
	var sb strings.Builder
	nn, err := b3.WriteTo(&sb)
	fmt.Println(nn, err, sb.String())
	var b4 bytes.Buffer
	nn, err = b4.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(nn, err, b4.String())
	b4.Grow(100)
	fmt.Println(b4.Cap() >= 100+b4.Len(), b4.Bytes()[0] == 'f')
	b4.WriteTo(os.Stdout)
	fmt.Println()

	// bytes.Reader
	rd := bytes.NewReader([]byte("0123456789"))
	fmt.Println(rd.Len(), rd.Size())
	p := make([]byte, 4)
	rd.Read(p)
	fmt.Println(string(p), rd.Len())
	rd.Seek(2, io.SeekCurrent)
	rd.Read(p)
	fmt.Println(string(p))
	n, _ = rd.ReadAt(p, 1)
	fmt.Println(n, string(p[:n]))
	all, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", all)
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
}
