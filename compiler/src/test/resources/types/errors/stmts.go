package main

func f() (int, string) {
	return 1 // ERROR "not enough return values"
}

func g() int {
	return // ERROR "not enough return values"
}

func k() int {
	for {
		break
	}
} // ERROR "missing return"

func l(b bool) int {
	if b {
		return 1
	}
} // ERROR "missing return"

func m(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func h(x interface{}) {
	switch y := x.(type) { // ERROR "y declared but not used"
	case int:
	}
	switch 1 {
	case 1, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	var s string
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	s += 1 // ERROR "invalid operation: s \+= 1 \(mismatched types string and untyped int\)"
	defer int(2) // ERROR "defer requires function call, not conversion int\(2\) \(constant 2 of type int\)"
	var ch chan int
	ch <- "a" // ERROR "cannot use \"a\" \(untyped string constant\) as int value in send"
	var rc <-chan int
	rc <- 1 // ERROR "invalid operation: cannot send to receive-only channel rc \(variable of type <-chan int\)"
	var sc chan<- int
	<-sc // ERROR "invalid operation: cannot receive from send-only channel sc \(variable of type chan<- int\)"
	if x := 1; x { // ERROR "non-boolean condition in if statement"
	}
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _ = a, b
	var z int // ERROR "z declared but not used"
	z = 1
}

func main() {}
