package strings

// Byte-string search runs on the JVM's String.indexOf (golc strings hold one
// byte per char, so char offsets are byte offsets).

// indexFrom returns the index of the first instance of substr in s at or after from, or -1.
func indexFrom(s, substr string, from int) int

// lastIndex returns the index of the last instance of substr in s, or -1.
func lastIndex(s, substr string) int

// indexByte returns the index of the first instance of c in s, or -1.
func indexByte(s string, c byte) int

// repeat returns count copies of s (count > 0, overflow already checked).
func repeat(s string, count int) string
