package os

import (
	"io/fs"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory (using ReadDir or File.ReadDir).
type DirEntry = fs.DirEntry

// The defined file mode bits are those of io/fs.
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// Separators and the null device of the (Unix) system golc targets.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return PathSeparator == c }

// LinkError records an error during a link or symlink or rename system call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

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

// fileStat is the FileInfo of Stat, Lstat and File.Stat. Sys returns nil: golc has no syscall.Stat_t.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// Linux st_mode bits, as Go's syscall package names them.
const (
	sIFMT   = 0xf000
	sIFBLK  = 0x6000
	sIFCHR  = 0x2000
	sIFDIR  = 0x4000
	sIFIFO  = 0x1000
	sIFLNK  = 0xa000
	sIFREG  = 0x8000
	sIFSOCK = 0xc000
	sISGID  = 0x400
	sISUID  = 0x800
	sISVTX  = 0x200
)

// fileMode converts a Unix st_mode to a FileMode as Go's fillFileStatFromSys does.
func fileMode(st int) FileMode {
	m := FileMode(st & 0777)
	switch st & sIFMT {
	case sIFBLK:
		m |= ModeDevice
	case sIFCHR:
		m |= ModeDevice | ModeCharDevice
	case sIFDIR:
		m |= ModeDir
	case sIFIFO:
		m |= ModeNamedPipe
	case sIFLNK:
		m |= ModeSymlink
	case sIFSOCK:
		m |= ModeSocket
	}
	if st&sISGID != 0 {
		m |= ModeSetgid
	}
	if st&sISUID != 0 {
		m |= ModeSetuid
	}
	if st&sISVTX != 0 {
		m |= ModeSticky
	}
	return m
}

// Stat returns a FileInfo describing the named file.
// If there is an error, it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	return statOp("stat", name, true)
}

// Lstat returns a FileInfo describing the named file. If the file is a symbolic link, the returned
// FileInfo describes the symbolic link; Lstat makes no attempt to follow the link.
func Lstat(name string) (FileInfo, error) {
	return statOp("lstat", name, false)
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return statOp("stat", f.name, true)
}

func statOp(op, name string, follow bool) (FileInfo, error) {
	mode, size, sec, nsec, e := stat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: fileMode(mode), modTime: time.Unix(sec, nsec)}, nil
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
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
