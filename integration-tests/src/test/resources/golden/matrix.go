// Matrix multiplication and transposition over [][]float64 and fixed [3][3]int arrays.
package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func transpose(m [3][3]int) [3][3]int {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{1, 0, -1}, {0.5, 1, 2}}
	fmt.Println(a.Mul(b))
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(a.Mul(id))
	m := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := transpose(m)
	fmt.Println(m)
	fmt.Println(t)
}
