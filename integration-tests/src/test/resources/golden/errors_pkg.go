// errors.New, fmt.Errorf with %w, errors.Is, errors.As and errors.Unwrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(path string) error {
	if path == "" {
		return &PathError{"<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	err := open("")
	fmt.Println(err)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, errors.New("not found")))
	var pe *PathError
	if errors.As(wrapped, &pe) {
		fmt.Println("path:", pe.Path)
	}
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(open("x") == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	plain := fmt.Errorf("code %d", 42)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
}
