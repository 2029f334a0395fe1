package main

import "fmt"

func main() {
	fmt.Println(undefinedName)
	var n int = "seven"
	_ = n
}
