// Package store is internal to the modapp module: only its own packages may import it.
package store

import (
	"fmt"
	"sort"
	"sync"
)

// Tally counts names safely from many goroutines.
type Tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func New() *Tally { return &Tally{counts: map[string]int{}} }

func (t *Tally) Add(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.counts[name]++
}

// Report lists the counts sorted by name.
func (t *Tally) Report() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []string
	for k, v := range t.counts {
		out = append(out, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(out)
	return out
}

// MustPositive panics with an error value for negative n (recovered by main).
func MustPositive(n int) int {
	if n < 0 {
		panic(fmt.Errorf("store: negative count %d", n))
	}
	return n
}
