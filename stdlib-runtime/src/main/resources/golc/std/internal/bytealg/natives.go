package bytealg

// indexString returns the index of the first instance of b in a, or -1 (String.indexOf).
func indexString(a, b string) int

// indexByteString returns the index of the first instance of c in s, or -1 (String.indexOf).
func indexByteString(s string, c byte) int
