package os

// Readlink returns the destination of the named symbolic link.
// If there is an error, it will be of type *PathError.
func Readlink(name string) (string, error) {
	dest, e := readlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return dest, nil
}

// Symlink creates newname as a symbolic link to oldname.
// If there is an error, it will be of type *LinkError.
func Symlink(oldname, newname string) error {
	if e := symlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}
