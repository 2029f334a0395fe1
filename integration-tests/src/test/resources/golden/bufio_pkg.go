// Package bufio: Scanner with the standard and a custom split function, Reader, Writer, ReadWriter.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// commaSplit splits its input at commas, trimming spaces around the fields.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond line\r\n\nlast without newline"))
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  "))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		fmt.Print("[", sc.Text(), "]")
	}
	fmt.Println(" words:", count)

	sc = bufio.NewScanner(strings.NewReader("añ€\xff!"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(&slowReader{"ab"})
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(&slowReader{"1, 2,3 ,  40,x"})
	sc.Split(commaSplit)
	sum := 0
	for sc.Scan() {
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println("bad field:", err)
			continue
		}
		sum += n
	}
	fmt.Println("sum:", sum)

	errStop := errors.New("stop here")
	sc = bufio.NewScanner(strings.NewReader("a b STOP c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return 0, nil, errStop
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println("err:", sc.Err())

	long := strings.Repeat("x", 100)
	sc = bufio.NewScanner(strings.NewReader(long + "\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println("unexpected token")
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)

	// Reader.
	r := bufio.NewReaderSize(strings.NewReader("héllo world\nsecond line\nno newline"), 16)
	peek, err := r.Peek(5)
	fmt.Printf("peek %q %v buffered=%d\n", peek, err, r.Buffered())
	ru, size, _ := r.ReadRune()
	fmt.Println(string(ru), size)
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size)
	r.UnreadRune()
	b, _ := r.ReadByte()
	fmt.Printf("%#x\n", b)
	r.UnreadByte()
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	bs, err := r.ReadBytes('!')
	fmt.Printf("%q %v\n", bs, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, err = r.Peek(1)
	fmt.Println(err)

	r = bufio.NewReader(strings.NewReader("0123456789"))
	n, _ := r.Discard(3)
	p := make([]byte, 4)
	k, _ := io.ReadFull(r, p)
	fmt.Println(n, k, string(p))
	sl, err := r.ReadSlice('9')
	fmt.Printf("%q %v\n", sl, err)
	r.Reset(strings.NewReader("reset"))
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest), r.Size())
	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("via WriteTo"))
	wn, err := r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String())

	// Writer: nothing reaches the underlying writer before Flush or a full buffer.
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Fprintf(w, "%d-%s", 42, "abc")
	w.WriteByte(' ')
	w.WriteRune('ü')
	w.WriteString("!")
	fmt.Println("before flush:", out.Len(), "buffered:", w.Buffered(), "available:", w.Available(), "size:", w.Size())
	err = w.Flush()
	fmt.Printf("after flush: %q %v %d\n", out.String(), err, w.Buffered())
	w.WriteString(strings.Repeat("y", 40))
	fmt.Println("large write passes through:", out.Len() >= 40)
	w.Flush()
	rf, err := w.ReadFrom(strings.NewReader("readfrom"))
	w.Flush()
	fmt.Println(rf, err, strings.HasSuffix(out.String(), "readfrom"))
	w.Reset(&sb)
	w.WriteString(" more")
	w.Flush()
	fmt.Println(sb.String())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	in, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + in)
	rw.Flush()

	stdout := bufio.NewWriter(os.Stdout)
	defer stdout.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintln(stdout, "buffered stdout", i)
	}
}
