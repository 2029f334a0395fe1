// Package math/rand: the API, checked through properties (seeded sequences need not match Go's).
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func isPerm(p []int) bool {
	c := append([]int(nil), p...)
	sort.Ints(c)
	for i, v := range c {
		if v != i {
			return false
		}
	}
	return true
}

func main() {
	r := rand.New(rand.NewSource(42))
	ok := true
	for i := 0; i < 1000; i++ {
		if v := r.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := r.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := r.Int31n(7); v < 0 || v >= 7 {
			ok = false
		}
		if f := r.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := r.Float32(); f < 0 || f >= 1 {
			ok = false
		}
		if v := r.Int(); v < 0 {
			ok = false
		}
		if v := r.Int31(); v < 0 {
			ok = false
		}
		if v := r.Int63(); v < 0 {
			ok = false
		}
		if v := r.ExpFloat64(); v < 0 {
			ok = false
		}
	}
	fmt.Println("ranges ok:", ok)

	// Same seed, same sequence; different seeds, (almost surely) different sequences.
	a, b, c := rand.New(rand.NewSource(7)), rand.New(rand.NewSource(7)), rand.New(rand.NewSource(8))
	same, differ := true, false
	for i := 0; i < 100; i++ {
		x, y, z := a.Int63(), b.Int63(), c.Int63()
		if x != y {
			same = false
		}
		if x != z {
			differ = true
		}
	}
	fmt.Println("same seed repeats:", same, "other seed differs:", differ)
	r.Seed(99)
	first := r.Int()
	r.Seed(99)
	fmt.Println("Seed restarts:", first == r.Int())

	// Every value of a small range shows up.
	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		seen[r.Intn(6)] = true
	}
	fmt.Println("all of 0..5 seen:", len(seen) == 6)

	p := r.Perm(20)
	fmt.Println("Perm len:", len(p), "is a permutation:", isPerm(p), isPerm(rand.Perm(0)))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println("Shuffle keeps elements:", isPerm(s))
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println("global Shuffle keeps elements:", isPerm(s))

	// Mean of a normal and uniform sample lands near its expectation.
	var sum, sumU float64
	for i := 0; i < 20000; i++ {
		sum += r.NormFloat64()
		sumU += r.Float64()
	}
	fmt.Println("normal mean near 0:", sum/20000 > -0.1 && sum/20000 < 0.1, "uniform mean near 0.5:", sumU/20000 > 0.45 && sumU/20000 < 0.55)

	buf := make([]byte, 16)
	n, err := r.Read(buf)
	fmt.Println("Read:", n, err)
	u := r.Uint32()
	u64 := r.Uint64()
	_, _ = u, u64
	fmt.Println("top-level:", rand.Intn(5) < 5, rand.Float64() < 1, rand.Int63n(3) < 3, len(rand.Perm(4)))
	rand.Seed(1)
	z := rand.NewZipf(r, 1.5, 2, 100)
	zok := true
	for i := 0; i < 100; i++ {
		if v := z.Uint64(); v > 100 {
			zok = false
		}
	}
	fmt.Println("Zipf in range:", zok)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
