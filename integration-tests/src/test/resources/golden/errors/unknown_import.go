// Importing a package that is not in the standard library.
package main

import "nosuchpkg/really" // ERROR "package nosuchpkg/really is not in GOROOT"

func main() {
	really.Do()
}
