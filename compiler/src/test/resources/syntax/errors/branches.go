// Label and branch errors, which gc reports from its parser.

package p

func f(x int) {
L1: // ERROR "label L1 defined and not used"
	for {
	}
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	case 2:
		fallthrough
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch {
	case true:
		fallthrough // ERROR "fallthrough statement out of place"
		x++
	default:
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	default:
	}
	fallthrough // ERROR "fallthrough statement out of place"
	goto M // ERROR "label M not defined"
	goto In // ERROR "goto In jumps into block starting at"
	{
	In:
	}
	goto Over // ERROR "goto Over jumps over declaration of y at"
	y := 1
	_ = y
Over:
L2:
	if x > 0 {
		break L2 // ERROR "invalid break label L2"
	}
L3:
	{
		continue L3 // ERROR "invalid continue label L3"
	}
	for {
		break Nope // ERROR "break label not defined: Nope"
	}
L2: // ERROR "label L2 already defined at"
	for {
		continue L2 // ERROR "invalid continue label L2"
	}
}

func g() {
	// Labels are per function: function literals have their own.
Outer:
	for {
		func() {
			break Outer // ERROR "break label not defined: Outer"
		}()
		break Outer
	}
}
