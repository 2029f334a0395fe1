// Value semantics of structs holding arrays, arrays of structs, and structs in maps, slices and returns.
package main

import "fmt"

type Vec [3]int

type Particle struct {
	Pos, Vel Vec
	Name     string
}

type System struct {
	Parts [2]Particle
	Step  int
}

func (s System) Advanced() System {
	for i := range s.Parts {
		for k := 0; k < 3; k++ {
			s.Parts[i].Pos[k] += s.Parts[i].Vel[k]
		}
	}
	s.Step++
	return s
}

func (s *System) Advance() { *s = s.Advanced() }

func main() {
	s := System{Parts: [2]Particle{{Vel: Vec{1, 0, 0}, Name: "a"}, {Pos: Vec{5, 5, 5}, Vel: Vec{0, -1, 2}, Name: "b"}}}
	t := s.Advanced()
	fmt.Println(s.Step, s.Parts[0].Pos, t.Step, t.Parts[0].Pos, t.Parts[1].Pos)
	s.Advance()
	s.Advance()
	fmt.Println(s.Step, s.Parts, s == t, s.Parts[1].Vel == t.Parts[1].Vel)
	byName := map[string]Particle{}
	for _, p := range s.Parts {
		byName[p.Name] = p
	}
	pa := byName["a"]
	pa.Pos[0] = 999
	fmt.Println(byName["a"].Pos, pa.Pos)
	list := []System{s, t}
	cp := list[0]
	cp.Parts[0].Name = "changed"
	fmt.Println(list[0].Parts[0].Name, cp.Parts[0].Name)
	arr := [2]System{s, t}
	arr2 := arr
	arr2[1].Parts[1].Vel[2] = -100
	fmt.Println(arr[1].Parts[1].Vel, arr2[1].Parts[1].Vel, arr == arr2)
}
