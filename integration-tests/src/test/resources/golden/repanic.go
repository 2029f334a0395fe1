// A deferred function may panic again; the new panic replaces the old; recover in an outer frame sees it.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	panic("first")
}

func middle() {
	defer fmt.Println("middle deferred runs during panic")
	inner()
	fmt.Println("not reached")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	middle()
	return "normal"
}

func nested() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		panic("from defer")
	}()
	panic("original")
}

func main() {
	fmt.Println(outer())
	nested()
	fmt.Println("done")
}
