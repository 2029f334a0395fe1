package flag

// Natives, bound to golc.rt.std.flag.Natives: what flag asks package reflect.

// isPointer reports whether v's dynamic type is a pointer type.
func isPointer(v any) bool

// storeDefault sets *p to val (or to *val when val is a pointer), as TextVar
// does with reflect; when the types differ it stores nothing and returns
// "<type of *val> != <type of *p>".
func storeDefault(p, val any) (mismatch string)

// zeroLike returns the zero value of v's dynamic type, or a pointer to a new
// zero value when that type is a pointer type.
func zeroLike(v any) any

// elemTypeString returns the name of v's dynamic type, without the leading
// '*' of a pointer type.
func elemTypeString(v any) string
