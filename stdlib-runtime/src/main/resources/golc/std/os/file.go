// Package os gives golc programs their arguments, environment, exit status and
// standard files, as Go's package os does.
package os

import (
	"io"
	"io/fs"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Portable analogs of some common system call errors: the values of io/fs, as in Go.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// File is an open file descriptor. golc programs have the three standard ones.
type File struct {
	fd     int
	name   string
	closed bool
	dir    *dirInfo // nil unless the file is a directory being read by ReadDir and friends
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string {
	return f.name
}

// Fd returns the integer file descriptor.
func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n = writeFd(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errno(-n)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n = writeStringFd(f.fd, s)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errno(-n)}
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = readFd(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errno(-n)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if err := f.checkValid("close"); err != nil {
		return err
	}
	f.closed = true
	if f.fd > 2 {
		if e := closeFd(f.fd); e != 0 {
			return &PathError{Op: "close", Path: f.name, Err: errno(e)}
		}
	}
	return nil
}

// Sync commits the file's buffered contents (standard output is buffered by golc).
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	flushFd(f.fd)
	return nil
}

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run. Buffered standard output is flushed.
func Exit(code int) {
	exit(code)
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key
// and reports whether it was present.
func LookupEnv(key string) (string, bool) {
	return lookupEnv(key)
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	return environ()
}

// Getpid returns the process id of the caller.
func Getpid() int {
	return getpid()
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	return hostname(), nil
}
