package main

func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	x := add(1, add(2, 3)) * 2
	q, r := divmod(x, 4)
	s := "a" + "b"
	s += string(rune(65 + q))
	if x > 10 && add(q, r) > 0 {
		println(s, x)
	} else if x < 0 || add(r, q) < 0 {
		println("neg")
	}
	for i := 0; i < add(x, 1); i++ {
		if i == 3 {
			continue
		}
		if i == 7 {
			break
		}
		println(i)
	}
	const k = 1 << 10
	var f float64 = k
	println(f, k)
}
