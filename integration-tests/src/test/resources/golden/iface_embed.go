// Interface embedding and interface-to-interface conversion.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	var w Writer = rw
	out := &Buffer{}
	fmt.Println(copyAll(out, r), len(out.data), out.data)
	w.Write("again")
	fmt.Println(r.Read(), r.Read() == "")
	back, ok := r.(ReadWriter)
	fmt.Println(ok, back != nil)
}
