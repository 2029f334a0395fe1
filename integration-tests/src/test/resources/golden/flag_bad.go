// flag: an undefined flag on the command line makes flag.Parse print the error
// and the usage to stderr and exit with status 2, as Go's ExitOnError does.
// ARGS: -known=1 -unknown
// EXIT 2
package main

import (
	"flag"
	"fmt"
)

func main() {
	known := flag.Int("known", 0, "a known flag")
	fmt.Println("before parse")
	flag.Parse()
	fmt.Println("not reached", *known)
}
