package main

import "fmt"

type point struct{ x, y int }

// Locals of every representation live across suspension points, in loops, a map range and a closure cell.
func mix(c chan int) (int64, string) {
	var i8 int8 = -3
	var u16 uint16 = 65530
	f32 := float32(1.5)
	f64 := 2.25
	b := true
	s := "s"
	p := point{1, 2}
	arr := [3]int{1, 2, 3}
	counter := 0
	inc := func() { counter++ }
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	total := int64(0)
	for k, v := range m {
		got := <-c
		total += int64(got * v)
		s += k[:0]
		inc()
	}
	for j := 0; j < 3; j++ {
		v := <-c
		i8 += int8(v)
		u16 += uint16(v)
		f32 += float32(v)
		f64 *= 2
		b = !b
		p.x += v
		arr[j] += v
	}
	return total + int64(counter), fmt.Sprint(i8, u16, f32, f64, b, s, p, arr)
}

func feed(c chan int, n int) {
	for i := 1; i <= n; i++ {
		c <- i
	}
}

func main() {
	c := make(chan int)
	go feed(c, 6)
	t, s := mix(c)
	fmt.Println(t > 0, s)
}
