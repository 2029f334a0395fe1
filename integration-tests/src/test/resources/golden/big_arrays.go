// Large arrays: zero values, arrays as map values and struct fields, copies of big arrays are independent.
package main

import "fmt"

type Page [4096]byte

type Cache struct {
	pages map[int]Page
	hits  [16]int
}

func checksum(p *Page) (s uint32) {
	for i, b := range p {
		s = s*31 + uint32(b) + uint32(i)
	}
	return
}

func main() {
	var big [1 << 16]int32
	fmt.Println(len(big), big[0], big[len(big)-1])
	for i := range big {
		big[i] = int32(i * i)
	}
	cp := big
	cp[100] = -1
	fmt.Println(big[100], cp[100], big[65535])
	c := Cache{pages: map[int]Page{}}
	var p Page
	for i := range p {
		p[i] = byte(i % 251)
	}
	c.pages[1] = p
	p[0] = 77
	stored := c.pages[1]
	fmt.Println(stored[0], p[0], checksum(&stored), checksum(&p))
	c.hits[3]++
	d := c
	d.hits[3] += 10
	fmt.Println(c.hits[3], d.hits[3], len(d.pages))
	var grid [3][4]string
	grid[1][2] = "x"
	fmt.Printf("%q\n", grid)
}
