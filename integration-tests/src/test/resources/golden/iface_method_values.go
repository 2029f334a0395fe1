// Method values from interface values and from addressable values with pointer methods; funcs in struct fields.
package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{ excl bool }

func (e English) Greet(n string) string {
	if e.excl {
		return "Hello, " + n + "!"
	}
	return "Hello, " + n
}

type Counter struct{ hits int }

func (c *Counter) Hit() int { c.hits++; return c.hits }

type Button struct {
	Label   string
	OnClick func() string
}

func main() {
	var g Greeter = English{true}
	greet := g.Greet
	g = English{false}
	fmt.Println(greet("Ann"), g.Greet("Bob"))
	var c Counter
	hit := c.Hit
	hit()
	hit()
	fmt.Println(c.hits, hit())
	buttons := []Button{
		{"ok", func() string { return "pressed ok" }},
		{"upper", nil},
	}
	for _, b := range buttons {
		if b.OnClick == nil {
			b.OnClick = func() string { return strings.ToUpper(b.Label) }
		}
		fmt.Println(b.Label, b.OnClick())
	}
	fns := map[string]func(string) string{"greet": English{}.Greet, "upper": strings.ToUpper}
	fmt.Println(fns["greet"]("Cy"), fns["upper"]("cy"))
}
