package os

import "io"

// Flags to OpenFile.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// errno is a system error number, as Go's syscall.Errno (Linux numbering).
type errno int

const (
	ePERM     errno = 1
	eNOENT    errno = 2
	eIO       errno = 5
	eBADF     errno = 9
	eACCES    errno = 13
	eEXIST    errno = 17
	eNOTDIR   errno = 20
	eISDIR    errno = 21
	eINVAL    errno = 22
	eNOTEMPTY errno = 39
)

func (e errno) Error() string {
	switch e {
	case ePERM:
		return "operation not permitted"
	case eNOENT:
		return "no such file or directory"
	case eIO:
		return "input/output error"
	case eBADF:
		return "bad file descriptor"
	case eACCES:
		return "permission denied"
	case eEXIST:
		return "file exists"
	case eNOTDIR:
		return "not a directory"
	case eISDIR:
		return "is a directory"
	case eINVAL:
		return "invalid argument"
	case eNOTEMPTY:
		return "directory not empty"
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(err, ErrNotExist) and friends work for system errors, as syscall.Errno does.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call: it opens the named file with the specified flag
// (O_RDONLY etc.) and, when creating it, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := openFile(name, flag, int(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return NewFile(uintptr(fd), name), nil
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return data, err
}

// WriteFile writes data to the named file, creating it if necessary (with perm) and truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

// RemoveAll removes path and any children it contains; a missing path is not an error.
func RemoveAll(path string) error {
	if e := removeAll(path); e != 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, int(perm), false); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	if e := mkdir(path, int(perm), true); e != 0 {
		return &PathError{Op: "mkdir", Path: path, Err: errno(e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	return getwd(), nil
}

// TempDir returns the default directory to use for temporary files ($TMPDIR or /tmp).
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according to
// whence: 0 means relative to the origin of the file, 1 relative to the current offset, 2 relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	pos, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errno(e)}
	}
	return pos, nil
}

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func underlyingErrorIs(err, target error) bool {
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	case *SyscallError:
		err = e.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}
