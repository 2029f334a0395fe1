package p

func f(a []int, m map[string]int) {
	_ = a[1:2:] // ERROR "final index required in 3-index slice"
	_ = a[1::3] // ERROR "middle index required in 3-index slice"
	_ = a[] // ERROR "syntax error: unexpected \], expecting operand"
	_ = f(a, // a trailing comma before the newline is fine
	)
	_ = f(a // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
	_ = []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = (T){} // ERROR "syntax error: cannot parenthesize type in composite literal"
	_ = 1 + // no semicolon is inserted after an operator
} // ERROR "syntax error: unexpected }, expecting expression"

func g() {
	_ = a.3 // ERROR "syntax error: unexpected literal .3 at end of statement"
	_ = a.(
	) // ERROR "syntax error: unexpected \), expecting type"
}
