package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Named struct{ name string }

func (n Named) Name() string   { return n.name }
func (n *Named) Rename(s string) { n.name = s }

type Namer interface{ Name() string }
type Renamer interface{ Rename(string) }

// Unnamed struct types promote the methods of their embedded fields; dynamic interface checks (type
// assertions, type switches, fmt's Stringer lookup) must see them.
func main() {
	v := struct {
		Named
		n int
	}{Named{"a"}, 1}
	var x any = v
	_, isNamer := x.(Namer)
	_, isRenamer := x.(Renamer) // Rename has a pointer receiver: not in the value's method set
	fmt.Println(isNamer, isRenamer)
	var px any = &v
	if r, ok := px.(Renamer); ok {
		r.Rename("b")
	}
	fmt.Println(px.(Namer).Name(), v.Name())

	switch t := x.(type) {
	case Renamer:
		fmt.Println("renamer?", t)
	case Namer:
		fmt.Println("namer", t.Name())
	}

	temp := struct{ Celsius }{21.5}
	fmt.Println(temp)         // fmt finds the promoted String method
	fmt.Printf("%v %s\n", temp, &temp)
	_, ok := any(struct{ n int }{1}).(fmt.Stringer)
	fmt.Println(ok)
	ptrEmbed := struct{ *Named }{&Named{"p"}}
	_, ok = any(ptrEmbed).(Renamer) // through an embedded pointer, pointer methods are promoted to the value
	fmt.Println(ok)
}
