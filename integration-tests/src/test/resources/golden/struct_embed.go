// Embedded structs: field and method promotion, shadowing, and explicit access.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
	Legs  string
}

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab", "four"}
	fmt.Println(d.Name, d.Legs, d.Animal.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(d.Name, p.Name, p.Describe(), p.Age)
	fmt.Printf("%+v\n", d)
	e := d
	e.Name = "Copy"
	fmt.Println(d.Name, e.Name)
}
