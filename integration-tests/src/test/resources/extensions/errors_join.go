// errors.Join and the error trees of Go 1.20 (Unwrap() []error), which golc's errors package offers with Go
// 1.19's language. Self-checking (see ExtensionsTest): it panics on the first wrong value, else prints PASS.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeError struct{ code int }

func (e *codeError) Error() string { return fmt.Sprintf("code %d", e.code) }

// multi is a user type with Go 1.20's Unwrap() []error.
type multi []error

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m }

func check(what string, got, want any) {
	if got != want {
		panic(fmt.Sprintf("%s: got %#v, want %#v", what, got, want))
	}
}

func main() {
	errA := errors.New("a")
	errB := errors.New("b")

	check("Join()", errors.Join(), error(nil))
	check("Join(nil, nil)", errors.Join(nil, nil), error(nil))

	j := errors.Join(errA, nil, errB)
	check("Error()", j.Error(), "a\nb")
	check("Is a", errors.Is(j, errA), true)
	check("Is b", errors.Is(j, errB), true)
	check("Is other", errors.Is(j, errors.New("a")), false)
	check("Unwrap (single) of a join", errors.Unwrap(j), error(nil))
	u, ok := j.(interface{ Unwrap() []error })
	check("has Unwrap() []error", ok, true)
	check("len(Unwrap())", len(u.Unwrap()), 2)

	// a tree: join inside a %w chain inside a join, searched depth first
	_, statErr := os.Stat("/nonexistent/golc-errors-join")
	deep := fmt.Errorf("loading: %w", errors.Join(&codeError{7}, statErr))
	tree := errors.Join(errA, deep)
	check("Is fs.ErrNotExist deep", errors.Is(tree, fs.ErrNotExist), true)
	var ce *codeError
	check("As codeError deep", errors.As(tree, &ce), true)
	check("As found code", ce.code, 7)
	var pe *fs.PathError
	check("As PathError deep", errors.As(tree, &pe), true)
	check("PathError op", pe.Op, "stat")
	check("tree text", tree.Error(), "a\nloading: code 7\nstat /nonexistent/golc-errors-join: no such file or directory")

	// the first match in depth-first order wins
	first := errors.Join(&codeError{1}, errors.Join(&codeError{2}), &codeError{3})
	check("As first", errors.As(first, &ce) && ce.code == 1, true)

	// a user type's Unwrap() []error is walked too
	m := multi{errB, &codeError{9}}
	check("Is via user multi", errors.Is(m, errB), true)
	check("As via user multi", errors.As(m, &ce) && ce.code == 9, true)
	check("Is not found in multi", errors.Is(m, errA), false)

	fmt.Println("PASS")
}
