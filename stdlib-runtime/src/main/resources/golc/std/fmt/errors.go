package fmt

import "errors"

// Native (golc.rt.std.fmt.Natives): the message, and the operand of the
// one valid %w verb (nil if there is none).
func errorf(format string, a []any, hook formatHook) (string, error)

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand,
// the returned error will implement an Unwrap method returning the operand. It is
// invalid to include more than one %w verb or to supply it with an operand
// that does not implement the error interface. The %w verb is otherwise
// a synonym for %v.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a, callFormat)
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}
