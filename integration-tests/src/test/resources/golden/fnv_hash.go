// FNV-1a hashes in uint32 and uint64: multiplication wraps modulo 2^n, xor mixes bytes.
package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "foobar", "héllo, 世界"} {
		fmt.Printf("%-14q %08x %016x %d\n", s, fnv32(s), fnv64(s), fnv32(s)%1000)
	}
	buckets := make([]int, 8)
	for i := 0; i < 1000; i++ {
		buckets[fnv32(fmt.Sprint("key", i))%8]++
	}
	fmt.Println(buckets)
}
