package context

// Natives, bound to golc.rt.std.context.Natives: the two questions context
// asks about dynamic types, which Go answers with internal/reflectlite.

// typeString returns the name of v's dynamic type as %T prints it.
func typeString(v any) string

// isComparable reports whether v's dynamic type supports ==.
func isComparable(v any) bool
