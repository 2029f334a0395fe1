package os

import "io"

// dirInfo is the state of a directory being read by File.ReadDir, Readdir and Readdirnames.
type dirInfo struct {
	names []string // sorted entry names, loaded on first use
	pos   int
}

// dirEntry is the DirEntry of golc's directory reads; its type comes from an Lstat of the entry.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
// If an error occurs reading the directory, ReadDir returns the entries it was able to read
// before the error, along with the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// nextNames returns up to n (all if n <= 0) further entry names of the directory f.
func (f *File) nextNames(op string, n int) ([]string, error) {
	if err := f.checkValid(op); err != nil {
		return nil, err
	}
	if f.dir == nil {
		names, e := readDirNames(f.name)
		if e != 0 {
			return nil, &PathError{Op: op, Path: f.name, Err: errno(e)}
		}
		f.dir = &dirInfo{names: names}
	}
	rest := f.dir.names[f.dir.pos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if len(rest) > n {
			rest = rest[:n]
		}
	}
	f.dir.pos += len(rest)
	return rest, nil
}

// ReadDir reads the contents of the directory associated with the file f and returns a slice of
// DirEntry values in directory order (sorted by name in golc). If n > 0, ReadDir returns at most n
// entries, and io.EOF at the end; if n <= 0, it returns all remaining entries.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.nextNames("readdirent", n)
	if err != nil {
		return nil, err
	}
	entries := make([]DirEntry, 0, len(names))
	for _, name := range names {
		mode, _, _, _, e := stat(f.name+"/"+name, false)
		if e != 0 {
			continue // removed since the directory was listed, as Go skips it
		}
		entries = append(entries, &dirEntry{parent: f.name, name: name, typ: fileMode(mode).Type()})
	}
	return entries, nil
}

// Readdir reads the contents of the directory associated with file and returns a slice of up to n
// FileInfo values, as would be returned by Lstat.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.nextNames("readdirent", n)
	if err != nil {
		return nil, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		fi, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, fi)
	}
	return infos, nil
}

// Readdirnames reads the contents of the directory associated with file and returns a slice of up
// to n names of files in the directory.
func (f *File) Readdirnames(n int) (names []string, err error) {
	return f.nextNames("readdirent", n)
}
