// Pointers to locals, struct fields, array and slice elements, and pointers to pointers.
package main

import "fmt"

type Pair struct {
	A, B int
}

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	*p = 2
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	pair := Pair{1, 2}
	pb := &pair.B
	*pb = 20
	inc(&pair.A)
	fmt.Println(pair)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 200
	fmt.Println(arr)
	sl := []int{5, 6, 7}
	ps := &sl[2]
	sl[2] = 70
	fmt.Println(*ps)
	*ps = 700
	fmt.Println(sl)
	pp := &p
	**pp = 42
	fmt.Println(x)
	var nilp *int
	fmt.Println(nilp == nil, p != nil)
	q := new(int)
	fmt.Println(*q)
	*q = 5
	r := q
	*r++
	fmt.Println(*q)
	sp := &Pair{3, 4}
	sp.A = 30
	cp := *sp
	cp.B = 40
	fmt.Println(*sp, cp)
	ap := &arr
	ap[0] = -1
	fmt.Println(arr, len(ap))
	s := "str"
	strp := &s
	*strp += "ing"
	fmt.Println(s)
}
