package bits

// The panics of Div: runtime errors in Go ("integer divide by zero", "integer overflow").
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

func (e runtimeError) RuntimeError() {}

var (
	overflowError error = runtimeError("integer overflow")
	divideError   error = runtimeError("integer divide by zero")
)
