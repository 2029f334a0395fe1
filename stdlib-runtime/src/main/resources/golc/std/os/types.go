package os

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call name and
// error details. As a convenience, if err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// SameFile reports whether fi1 and fi2 describe the same file (here: same name, size, mode and time,
// as golc's FileInfo carries no device and inode numbers).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return *a == *b
}
