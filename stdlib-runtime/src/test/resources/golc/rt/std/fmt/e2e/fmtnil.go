// Methods fmt calls on nil pointer receivers; fmtnil.out is its output under Go 1.19. Run through
// golc as fmtall.go says.
package main

import "fmt"

type Safe struct{ n int }

func (s *Safe) String() string {
	if s == nil {
		return "nil Safe"
	}
	return fmt.Sprint("Safe ", s.n)
}

type Unsafe struct{ n int }

func (u *Unsafe) String() string { return fmt.Sprint("Unsafe ", u.n) }

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "no error here"
	}
	return e.msg
}

type V struct{ n int }

func (v V) String() string { return "V" }

func find(ok bool) error {
	var e *E
	if ok {
		return nil
	}
	return e
}

func main() {
	var s *Safe
	var u *Unsafe
	var v *V
	fmt.Println(s, u, v)
	fmt.Printf("%v|%s|%d|%10v|\n", s, u, u, s)
	err := find(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %q\n", err, err)
	fmt.Println(&Safe{1}, &Unsafe{2}, V{})
}
