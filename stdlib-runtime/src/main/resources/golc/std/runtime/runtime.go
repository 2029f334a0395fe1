// Package runtime gives golc programs the parts of Go's package runtime that
// concern goroutines and the machine: NumGoroutine, Gosched, Goexit,
// GOMAXPROCS, NumCPU, GC and a subset of MemStats. Goroutines run on golc's
// scheduler (golc.rt.sched).
package runtime

// GOOS and GOARCH are those of the Go toolchain golc follows.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "golc"

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that
	// are run time errors from ordinary errors.
	RuntimeError()
}

// Version returns the Go version golc implements.
func Version() string {
	return "go1.19"
}

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int

// Gosched yields the processor, allowing other goroutines to run. It does not
// suspend the current goroutine, so execution resumes automatically.
//
//golc:blocking
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the goroutine.
// Because Goexit is not a panic, any recover calls in those deferred functions
// will return nil.
func Goexit()

// GC runs a garbage collection.
func GC()

// SetFinalizer checks its arguments as Go's does (obj a pointer, finalizer nil
// or a func taking one argument that obj can be passed to; a fatal error
// otherwise) but never runs the finalizer: the JVM cannot hand an unreachable
// object back to Go code, and Go promises no finalizer will run before exit.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// A MemStats records statistics about the memory allocator. golc fills the
// fields it can learn from the JVM; the others stay zero.
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	NumGC        uint32
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	used, committed, max, gcs := memStats()
	*m = MemStats{
		Alloc:     used,
		HeapAlloc: used,
		HeapInuse: used,
		HeapSys:   committed,
		HeapIdle:  committed - used,
		Sys:       max,
		NumGC:     uint32(gcs),
	}
}

// memStats returns the JVM heap's used and committed bytes, its maximum, and
// the number of collections so far.
func memStats() (used, committed, max, gcs uint64)

// Stack formats a stack trace of the calling goroutine into buf and returns
// the number of bytes written to buf. If all is true, Stack formats stack
// traces of all other goroutines into buf after the trace for the current
// goroutine. golc prints frames as its panic traces do (function, file:line,
// without argument words and offsets); a goroutine running on another thread
// meanwhile is shown without its stack.
func Stack(buf []byte, all bool) int {
	s := stackText(all)
	return copy(buf, s)
}

// stackText returns the text runtime.Stack copies.
func stackText(all bool) string

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile. golc has no memory profiler
// (the JVM's tools profile a golc program), so the variable exists for
// programs that set it, as Go's chan/select2.go does, and changes nothing.
var MemProfileRate int = 512 * 1024

// GOROOT returns the root of the Go tree: the GOROOT environment variable, if
// set at process start, or else "", as for a Go binary built with -trimpath:
// a golc program carries its standard library inside its jar, not in a tree.
func GOROOT() string {
	return getenvGOROOT()
}

// getenvGOROOT returns the GOROOT environment variable of the process ("" if unset).
func getenvGOROOT() string

// Breakpoint executes a breakpoint trap. With no debugger attached a Go
// program dies of the SIGTRAP it raises; golc prints Go's first line for it,
// "SIGTRAP: trace trap", and the calling goroutine's stack, and exits with
// status 2. It cannot be recovered.
func Breakpoint()
