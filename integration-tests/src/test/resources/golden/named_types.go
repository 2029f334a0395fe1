// Named slice, map and func types with methods; conversions between types with the same underlying type.
package main

import (
	"fmt"
	"strings"
)

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p Path) Parent() Path {
	if len(p) == 0 {
		return p
	}
	return p[:len(p)-1]
}

type Env map[string]string

func (e Env) Get(k, def string) string {
	if v, ok := e[k]; ok {
		return v
	}
	return def
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type Celsius int
type Temp = Celsius

func main() {
	p := Path{"usr", "local", "bin"}
	fmt.Println(p, p.Parent(), p.Parent().Parent().Parent(), len(p))
	raw := []string(p)
	raw[0] = "opt"
	fmt.Println(p)
	env := Env{"HOME": "/root"}
	fmt.Println(env.Get("HOME", "?"), env.Get("SHELL", "sh"), len(env))
	exclaim := Handler(func(s string) string { return s + "!" })
	fmt.Println(exclaim.Twice("hi"))
	m := Meters(100)
	fmt.Printf("%.2f %T %T\n", m.ToFeet(), m.ToFeet(), m)
	var t Temp = 21
	fmt.Printf("%v %T\n", t, t)
}
