// Conway's game of life on a fixed [8][8]bool torus: arrays as values, double buffering, printing.
package main

import "fmt"

const N = 8

type Board [N][N]bool

func (b Board) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && b[(r+dr+N)%N][(c+dc+N)%N] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := 0; r < N; r++ {
		for c := 0; c < N; c++ {
			n := b.neighbours(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, alive := range row {
			if alive {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		b[p[0]][p[1]] = true
	}
	start := b
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d:\n%v", gen, b)
		b = b.Step()
	}
	for i := 4; i < 32; i++ {
		b = b.Step()
	}
	fmt.Println("back to start after 32 steps:", b == start)
}
