package main

type foo struct{}

func (foo) Error() string { return "ok" }

type bar struct{}

func (bar) Error() string { return "fail" }

func pair() ([]string, string) { return []string{"a"}, "b" }

func three() (int16, float64, string) { return -42, 42.0, "x" }

func unused() {
	type collision struct{ bar }
	_ = collision{}
}

func main() {
	// issue6269: same-named local types get distinct classes and wrappers
	type collision struct{ foo }
	println(error(collision{}).Error())
	// issue35576, issue5793: builtins over multi-valued calls
	println(three())
	s := append(pair())
	// issue24763: a shift by a variable is never constant
	var n uint
	var x interface{} = 1<<n + 1<<n
	// closure2: range variables are assigned each iteration, so captured ones live in a cell
	var g func() int
	for i := range s {
		g = func() int { return i }
	}
	// mapclear: the assignment form still receives the key
	k := 0
	for k = range map[int]int{42: 0} {
	}
	println(len(s), x.(int), g(), k)
}

// issue32175: named results are assigned by return, so a deferred closure capturing one needs its cell
func namedResult() (x int) {
	defer func() func() {
		return func() { println(x) }
	}()()
	return 42
}
