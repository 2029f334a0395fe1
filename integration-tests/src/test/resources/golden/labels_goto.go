// Labeled break and continue across nested loops and a switch, and goto.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	i := 0
again:
	if i < 5 {
		fmt.Print("g", i, " ")
		i++
		goto again
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	fmt.Println("n =", n)
	found := -1
	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
search:
	for r, row := range grid {
		for c, v := range row {
			if v == 4 {
				found = r*10 + c
				break search
			}
		}
	}
	fmt.Println("found", found)
}
