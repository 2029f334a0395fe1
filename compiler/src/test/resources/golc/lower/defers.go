package main

type T struct{ n int }

func (t *T) Close() { println("close", t.n) }

func safeDiv(a, b int) (q int, err interface{}) {
	defer func() {
		if r := recover(); r != nil {
			err = r
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func main() {
	t := &T{1}
	defer t.Close()
	defer println("bye", t.n)
	for i := 0; i < 2; i++ {
		defer func(k int) { println(k) }(i)
	}
	q, err := safeDiv(1, 0)
	println(q, err != nil)
	panic("boom")
}
