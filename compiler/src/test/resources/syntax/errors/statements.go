package p

func f(x int, ch chan int) {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	a b // ERROR "syntax error: unexpected b at end of statement"
	if { // ERROR "syntax error: missing condition in if statement"
	}
	if x; { // ERROR "syntax error: missing condition in if statement"
	}
	if x == 1 // ERROR "syntax error: unexpected newline, expecting \{ after if clause"
	{
	}
	for var i = 0; i < 3; i++ { // ERROR "syntax error: var declaration not allowed in for initializer"
	}
	for i := 0; i < 3; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
	if x = 3 { // ERROR "syntax error: cannot use assignment \(x\) = \(3\) as value"
	}
	if x++ { // ERROR "syntax error: cannot use x\+\+ as value"
	}
	for i := 0; i < 3 { // ERROR "syntax error: unexpected \{, expecting semicolon or newline"
	} // ERROR "syntax error: unexpected }, expecting expression"
	if true {
	} else x() // ERROR "syntax error: else must be followed by if or statement block"
	switch x // valid: x is the init statement of a tagless switch
	{
	}
	switch x {
	foo: // ERROR "syntax error: unexpected foo, expecting case or default or }"
	}
	go x // ERROR "expression in go must be function call"
	defer (f(1, ch)) // ERROR "expression in defer must not be parenthesized"
	select {
	default:
	}
	x, y // ERROR "syntax error: unexpected newline, expecting := or = or comma"
}

func g() {
L: // ERROR "syntax error: missing statement after label"
	) // ERROR "syntax error: unexpected \), expecting }"
} // ERROR "syntax error: non-declaration statement outside function body"
