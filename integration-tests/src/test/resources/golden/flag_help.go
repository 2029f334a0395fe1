// flag: -help on the command line prints the usage to stderr and exits with
// status 0; usage of a FlagSet with Output set goes to that writer.
// ARGS: -help
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: prog [flags]")
		flag.PrintDefaults()
	}
	flag.String("mode", "fast", "the `mode` of operation")
	flag.Int("level", 3, "compression level")
	flag.Bool("dry-run", false, "print what would happen")
	flag.Parse()
	fmt.Println("not reached")
}
