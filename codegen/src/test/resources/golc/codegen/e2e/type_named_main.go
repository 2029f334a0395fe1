package main

import "fmt"

type Main struct{ n int }

func (m Main) String() string { return fmt.Sprint("Main#", m.n) }

func main() {
	fmt.Println(Main{3})
	fmt.Printf("%T\n", Main{})
}
