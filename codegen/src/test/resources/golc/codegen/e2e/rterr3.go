package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func main() {
	var err error = E{"custom failure"}
	fmt.Println("before")
	panic(err)
}
