// hello is the smallest golc program: go build it, or run it with ./golc run samples/hello/hello.go
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界 from Go on the JVM!")
}
