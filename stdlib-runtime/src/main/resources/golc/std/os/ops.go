package os

import (
	"errors"
	"io"
	"io/fs"
)

// Rename renames (moves) oldpath to newpath. If newpath already exists and is not a directory,
// Rename replaces it. If there is an error, it will be of type *LinkError.
func Rename(oldpath, newpath string) error {
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode (its permission bits).
// If there is an error, it will be of type *PathError.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, int(mode.Perm())); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
// If there is an error, it will be of type *PathError.
func Truncate(name string, size int64) error {
	if size < 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(eINVAL)}
	}
	f, err := OpenFile(name, O_WRONLY, 0)
	if err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err.(*PathError).Err}
	}
	defer f.Close()
	if e := truncateFd(f.fd, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off, without moving the file
// offset. At end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m := preadFd(f.fd, b, off)
		if m < 0 {
			return n, &PathError{Op: "read", Path: f.name, Err: errno(-m)}
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

var errNegativeOffset = errors.New("negative offset")

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory dir.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "open", Path: name, Err: ErrInvalid}
	}
	f, err := Open(string(dir) + "/" + name)
	if err != nil {
		return nil, err // nil fs.File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "stat", Path: name, Err: ErrInvalid}
	}
	f, err := Stat(string(dir) + "/" + name)
	if err != nil {
		return nil, err
	}
	return f, nil
}
