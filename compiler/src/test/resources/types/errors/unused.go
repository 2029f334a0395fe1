package p

func g(b []byte) (int, error) { return len(b), nil }

// Uses on the right of := and op= count even when the variable is also assigned there.
func uses() {
	b := make([]byte, 10)
	bp := 0
	bp, err := g(b[bp:])
	_ = err
	n := 0
	n += copy(b[n:], "x")
	var q int
	func() {
		q += copy(b[q:], "x")
	}()
}

// Assignments alone are not uses.
func assignsOnly() {
	a := 0 // ERROR "a declared but not used"
	a, c := 1, 2
	_ = c
	d := 0 // ERROR "d declared but not used"
	d = 3
}
