package sort

// sliceLen returns len(x) for a slice x, and panics as reflect does
// ("reflect: call of <method> on <kind> Value") for anything else.
func sliceLen(x any, method string) int

// swapElems swaps elements i and j of the slice x.
func swapElems(x any, i, j int)
