package errors

// comparableValue reports whether v's dynamic type supports == (so that err == target
// cannot panic).
func comparableValue(v any) bool

// checkTarget classifies the target of As: 0 valid, 1 not a non-nil pointer,
// 2 pointing to a type that is neither an interface nor implements error.
func checkTarget(target any) int

// assignTo stores err in *target and returns true when err's dynamic type is
// assignable to target's element type; otherwise it returns false.
func assignTo(err error, target any) bool
