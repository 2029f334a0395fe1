package main

import (
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }

type Base struct{ Name string }

func (b Base) Hello() string   { return "hi " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Dog struct {
	Base
	Age int
}

func (d Dog) Sound() string { return "woof" }

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

func main() {
	d := Dog{Base{"rex"}, 3}
	fmt.Println(d.Hello(), d.Name)
	d.Rename("max")
	fmt.Println(d.Hello(), d)
	var a Animal = d
	fmt.Println(a.Sound())
	var l *List
	for i := 1; i <= 4; i++ {
		l = &List{i, l}
	}
	fmt.Println(l.Sum())
	fmt.Println(strings.ToUpper("abc"), strings.Repeat("ab", 3), strings.Split("a,b,c", ","), strings.Contains("hello", "ell"))
	var sb strings.Builder
	sb.WriteString("x")
	sb.WriteString("y")
	fmt.Println(sb.String(), strings.Fields(" a b  c "), strings.Join([]string{"1", "2"}, "+"))
	p := new(int)
	*p = 5
	q := p
	*q += 1
	fmt.Println(*p)
	n := 3
	pn := &n
	*pn = 9
	fmt.Println(n)
}
