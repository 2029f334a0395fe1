// break, continue and labels used where they are not allowed.
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	for {
		continue nowhere // ERROR "continue label not defined: nowhere"
	}
unused: // ERROR "label unused defined and not used"
	return
}
