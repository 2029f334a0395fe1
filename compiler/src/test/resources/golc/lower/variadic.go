package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func pair() (int, int) { return 1, 2 }

func main() {
	s := []int{1, 2}
	println(sum(0), sum(1, 2, 3), sum(0, s...), sum(pair()))
	s = append(s, 3, 4)
	s = append(s, s...)
	b := append([]byte("x"), "yz"...)
	n := copy(s, []int{9})
	println(len(s), len(b), n)
}
