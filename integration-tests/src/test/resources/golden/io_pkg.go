// Package io: Reader/Writer plumbing, Copy, ReadAll, Pipe between goroutines, and the small adapters.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// upper is a Writer that upper-cases what it writes to another Writer.
type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

// slowReader returns at most 3 bytes per Read, to exercise loops over short reads.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 3)], r.s)
	r.s = r.s[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := io.Copy(&sb, strings.NewReader("copied text"))
	fmt.Println(n, err, sb.String())
	n, err = io.Copy(upper{os.Stdout}, &slowReader{"shout this\n"})
	fmt.Println(n, err)
	data, err := io.ReadAll(&slowReader{"all of it, in small pieces"})
	fmt.Printf("%q %v\n", data, err)
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("ab"), 4)
	fmt.Println(n, err)
	var buf bytes.Buffer
	n, err = io.CopyBuffer(&buf, &slowReader{"with buffer"}, make([]byte, 2))
	fmt.Println(n, err, buf.String())

	p := make([]byte, 5)
	k, err := io.ReadFull(strings.NewReader("hello world"), p)
	fmt.Println(k, err, string(p))
	k, err = io.ReadFull(strings.NewReader("hi"), p)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err == io.EOF)
	k, err = io.ReadAtLeast(&slowReader{"abcdefgh"}, p, 4)
	fmt.Println(k >= 4, err)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 4)
	fmt.Println(k, err)

	lr := io.LimitReader(strings.NewReader("limited reader here"), 7)
	data, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", data)
	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	data, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", data)
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2, upper{&sb})
	fmt.Fprintf(mw, "to %d writers", 3)
	fmt.Println(b1.String(), "|", b2.String(), "|", sb.String())
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee'd"), &tee)
	data, _ = io.ReadAll(tr)
	fmt.Println(string(data), tee.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println(sr.Size())
	data, _ = io.ReadAll(sr)
	fmt.Println(string(data))
	at := make([]byte, 3)
	k, err = sr.ReadAt(at, 6)
	fmt.Println(k, err, string(at[:k]))
	pos, err := sr.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	data, _ = io.ReadAll(sr)
	fmt.Println(string(data))

	k, err = io.WriteString(&sb, "!")
	fmt.Println(k, err)
	k, err = io.WriteString(&failWriter{}, "x")
	fmt.Println(k, err)
	n, err = io.Copy(&failWriter{after: 1}, &slowReader{"abcdefgh"})
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)

	// A pipe between goroutines: the writer blocks until the reader has taken the data.
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	data, err = io.ReadAll(pr2)
	fmt.Printf("%q %v\n", data, err)
	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)

	var rw io.ReadWriter = &bytes.Buffer{}
	io.WriteString(rw, "rw")
	var rc io.ReadCloser = io.NopCloser(rw)
	data, _ = io.ReadAll(rc)
	fmt.Println(string(data), rc.Close())
	fmt.Println(io.EOF, io.ErrShortWrite, io.ErrNoProgress, io.ErrShortBuffer)
	var w io.Writer = os.Stdout
	_, isStringWriter := w.(io.StringWriter)
	_, isReaderFrom := interface{}(&bytes.Buffer{}).(io.ReaderFrom)
	fmt.Println(isStringWriter, isReaderFrom)
}
