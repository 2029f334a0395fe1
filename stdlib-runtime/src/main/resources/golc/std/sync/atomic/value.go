package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. Once Store has been
// called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if there
// has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return loadAny(&v.v)
}

// Store sets the value of the Value v to val. All calls to Store for a given
// Value must use values of the same concrete type. Store of an inconsistent
// type panics, as does Store(nil).
func (v *Value) Store(val any) {
	storeAny(&v.v, val)
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
func (v *Value) Swap(new any) (old any) {
	return swapAny(&v.v, new)
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	return casAny(&v.v, old, new)
}

// Natives for Value (golc.rt.std.sync.atomic.Natives).

func loadAny(p *any) any

func storeAny(p *any, v any)

func swapAny(p *any, v any) any

func casAny(p *any, old, v any) bool
