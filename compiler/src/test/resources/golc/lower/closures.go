package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	println(c(), c())
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * i })
	}
	x := 10
	p := &x
	*p = 11
	read := func() int { return x }
	println(read(), fs[0]())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(10))
	func() {
		println("nested", func() int { return x }())
	}()
}
