// Package bytealg holds the byte-slice and string search primitives that bytes
// and strings build on (Go's internal/bytealg). golc has no vector assembly, so
// MaxLen is 0 and callers take their portable paths.
package bytealg

// MaxLen is the maximum length of the string to be searched for (argument b) in Index;
// 0 means Index must not be used.
var MaxLen int

// MaxBruteForce is the length below which callers may use Index's brute force (unused at MaxLen 0).
const MaxBruteForce = 0

// PrimeRK is the prime base used in Rabin-Karp algorithm.
const PrimeRK = 16777619

// HashStrBytes returns the hash and the appropriate multiplicative factor for use in Rabin-Karp algorithm.
func HashStrBytes(sep []byte) (uint32, uint32) {
	hash := uint32(0)
	for i := 0; i < len(sep); i++ {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, pow(len(sep))
}

// HashStr is HashStrBytes for a string.
func HashStr(sep string) (uint32, uint32) {
	hash := uint32(0)
	for i := 0; i < len(sep); i++ {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, pow(len(sep))
}

// HashStrRevBytes returns the hash of the reverse of sep and the multiplicative factor.
func HashStrRevBytes(sep []byte) (uint32, uint32) {
	hash := uint32(0)
	for i := len(sep) - 1; i >= 0; i-- {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, pow(len(sep))
}

// HashStrRev is HashStrRevBytes for a string.
func HashStrRev(sep string) (uint32, uint32) {
	hash := uint32(0)
	for i := len(sep) - 1; i >= 0; i-- {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, pow(len(sep))
}

// pow returns PrimeRK**n (mod 2**32).
func pow(n int) uint32 {
	var p, sq uint32 = 1, PrimeRK
	for i := n; i > 0; i >>= 1 {
		if i&1 != 0 {
			p *= sq
		}
		sq *= sq
	}
	return p
}

// IndexRabinKarpBytes returns the index of the first instance of sep in s, or -1.
func IndexRabinKarpBytes(s, sep []byte) int {
	return IndexString(string(s), string(sep))
}

// IndexRabinKarp returns the index of the first instance of substr in s, or -1.
func IndexRabinKarp(s, substr string) int {
	return IndexString(s, substr)
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b (bytewise).
func Compare(a, b []byte) int {
	l := len(a)
	if len(b) < l {
		l = len(b)
	}
	for i := 0; i < l; i++ {
		c1, c2 := a[i], b[i]
		if c1 < c2 {
			return -1
		}
		if c1 > c2 {
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// Count returns the number of instances of c in b.
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString returns the number of instances of c in s.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// Equal reports whether a and b are the same length and contain the same bytes.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Index returns the index of the first instance of b in a, or -1.
func Index(a, b []byte) int {
	return IndexString(string(a), string(b))
}

// IndexString returns the index of the first instance of b in a, or -1.
func IndexString(a, b string) int {
	return indexString(a, b)
}

// Cutover reports the number of failures of IndexByte we should tolerate before switching over to Index.
func Cutover(n int) int {
	return (n + 16) / 8
}

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexByteString returns the index of the first instance of c in s, or -1.
func IndexByteString(s string, c byte) int {
	return indexByteString(s, c)
}
