// Package errors implements functions to manipulate errors, as Go's package errors:
// New, Unwrap, Is and As, and Join with the error trees of Go 1.20. Is and As need the dynamic-type facts Go gets from
// reflection; golc asks its runtime for them (natives.go).
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: it equals
// target, or has a method Is(error) bool that reports true for target.
// The tree is err, then what Unwrap() error or Unwrap() []error returns,
// searched depth first (Unwrap() []error is Go 1.20's, for Join).
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparableValue(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			if err = x.Unwrap(); err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if Is(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's chain that is assignable to the value
// target points to, sets target to it and returns true; or, failing that,
// the first error with a method As(any) bool that returns true for target.
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

// as walks err's tree depth first as Is does; target has been checked.
func as(err error, target any) bool {
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Join returns an error that wraps the given errors, leaving out nil ones, or nil
// if every one is nil. Its text is the texts of the errors, one per line; Is and As
// look into each (Go 1.20's errors.Join; golc offers it with Go 1.19's language).
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
