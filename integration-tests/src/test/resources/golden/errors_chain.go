// Package errors: Is/As/Unwrap through chains of wrappers, custom Is and As methods, comparable and
// non-comparable error values.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var ErrBase = errors.New("base failure")

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

// codeErr matches any other codeErr with the same code (custom Is).
type codeErr struct{ code int }

func (c codeErr) Error() string { return "code " + strconv.Itoa(c.code) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t.code == c.code
}

// sliceErr is not comparable: errors.Is must not panic on it.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

// asErr converts itself into a *wrapErr on request (custom As).
type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(**wrapErr); ok {
		*p = &wrapErr{"converted", ErrBase}
		return true
	}
	return false
}

type tempErr interface{ Temporary() bool }
type tmp struct{}

func (tmp) Error() string   { return "temporary" }
func (tmp) Temporary() bool { return true }

func main() {
	chain := fmt.Errorf("top: %w", &wrapErr{"middle", fmt.Errorf("low: %w", ErrBase)})
	fmt.Println(chain)
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	fmt.Println(errors.Is(chain, ErrBase), errors.Is(chain, io.EOF), errors.Is(nil, ErrBase), errors.Is(nil, nil), errors.Is(ErrBase, nil))
	var we *wrapErr
	fmt.Println(errors.As(chain, &we), we.msg)

	c := fmt.Errorf("ctx: %w", codeErr{404})
	fmt.Println(errors.Is(c, codeErr{404}), errors.Is(c, codeErr{500}))
	var ce codeErr
	fmt.Println(errors.As(c, &ce), ce.code)

	var se error = sliceErr{"a", "b"}
	fmt.Println(errors.Is(se, ErrBase), errors.Is(fmt.Errorf("w: %w", se), se))

	var target *wrapErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", asErr{}), &target), target)
	var te tempErr
	fmt.Println(errors.As(fmt.Errorf("y: %w", tmp{}), &te), te.Temporary())
	fmt.Println(errors.As(ErrBase, &te))

	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	_, err = strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(fmt.Errorf("parse: %w", err), &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))

	fmt.Println(errors.New("a") == errors.New("a"), ErrBase == ErrBase, errors.Unwrap(ErrBase) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var notPtr wrapErr
	errors.As(chain, notPtr)
}
