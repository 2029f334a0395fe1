// Breadth-first search over a grid maze with a slice used as a queue and a map of visited cells.
package main

import (
	"fmt"
	"strings"
)

type cell struct{ r, c int }

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#...#...",
	"..#.#.##.E",
}

func main() {
	var start, end cell
	for r, row := range maze {
		if i := strings.IndexByte(row, 'S'); i >= 0 {
			start = cell{r, i}
		}
		if i := strings.IndexByte(row, 'E'); i >= 0 {
			end = cell{r, i}
		}
	}
	prev := map[cell]cell{start: start}
	queue := []cell{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range [4]cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := cell{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.r >= len(maze) || n.c < 0 || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' {
				continue
			}
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	steps := 0
	for c := prev[end]; c != start; c = prev[c] {
		grid[c.r][c.c] = '*'
		steps++
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("steps:", steps+1, "visited:", len(prev))
}
