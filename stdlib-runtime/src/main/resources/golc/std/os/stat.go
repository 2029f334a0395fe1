package os

import (
	"io"
	"io/fs"
	"sort"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory (using the ReadDir function or
// a File's ReadDir method).
type DirEntry = fs.DirEntry

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// fileStat is the FileInfo of Stat and Lstat (Go's os.fileStat).
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

// Stat returns a FileInfo describing the named file.
// If there is an error, it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	return statNamed("stat", name, true)
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link.
// If there is an error, it will be of type *PathError.
func Lstat(name string) (FileInfo, error) {
	return statNamed("lstat", name, false)
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	return statNamed("stat", f.name, true)
}

func statNamed(op, name string, follow bool) (FileInfo, error) {
	size, mode, sec, nsec, e := stat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: fileMode(uint32(mode)), modTime: time.Unix(sec, nsec)}, nil
}

// fileMode converts a Unix st_mode to a FileMode, as Go's fillFileStatFromSys.
func fileMode(m uint32) FileMode {
	mode := FileMode(m & 0777)
	switch m & 0xf000 { // S_IFMT
	case 0x6000: // S_IFBLK
		mode |= ModeDevice
	case 0x2000: // S_IFCHR
		mode |= ModeDevice | ModeCharDevice
	case 0x4000: // S_IFDIR
		mode |= ModeDir
	case 0x1000: // S_IFIFO
		mode |= ModeNamedPipe
	case 0xa000: // S_IFLNK
		mode |= ModeSymlink
	case 0xc000: // S_IFSOCK
		mode |= ModeSocket
	}
	if m&0x400 != 0 { // S_ISGID
		mode |= ModeSetgid
	}
	if m&0x800 != 0 { // S_ISUID
		mode |= ModeSetuid
	}
	if m&0x200 != 0 { // S_ISVTX
		mode |= ModeSticky
	}
	return mode
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// dirState holds the names of an open directory not yet returned.
type dirState struct {
	names []string
}

// nextNames returns up to n (all if n <= 0) of the directory's remaining names.
func (f *File) nextNames(n int) ([]string, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	if f.dir == nil {
		names, e := readDirNames(f.name)
		if e != 0 {
			return nil, &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
		}
		f.dir = &dirState{names: names}
	}
	rest := f.dir.names
	if n <= 0 || n > len(rest) {
		n = len(rest)
	}
	f.dir.names = rest[n:]
	return rest[:n], nil
}

// Readdirnames reads the contents of the directory associated with file and
// returns a slice of up to n names of files in the directory, in directory
// order. Subsequent calls on the same file will yield further names.
//
// If n > 0, Readdirnames returns at most n names; at the end of the directory
// the error is io.EOF. If n <= 0, Readdirnames returns all the names from the
// directory in a single slice, and a nil error on success.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.nextNames(n)
	if err == nil && n > 0 && len(names) == 0 {
		err = io.EOF
	}
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the contents of the directory associated with the file f and
// returns a slice of DirEntry values in directory order, with n as in
// Readdirnames.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.nextNames(n)
	if err != nil {
		return nil, err
	}
	dirs := make([]DirEntry, 0, len(names))
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if err != nil {
			if IsNotExist(err) {
				continue // removed since the directory was read, as Go skips it
			}
			return dirs, err
		}
		dirs = append(dirs, fs.FileInfoToDirEntry(info))
	}
	if n > 0 && len(dirs) == 0 {
		return dirs, io.EOF
	}
	return dirs, nil
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values, as would be returned by Lstat,
// in directory order, with n as in Readdirnames.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.nextNames(n)
	if err != nil {
		return nil, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if err != nil {
			if IsNotExist(err) {
				continue
			}
			return infos, err
		}
		infos = append(infos, info)
	}
	if n > 0 && len(infos) == 0 {
		return infos, io.EOF
	}
	return infos, nil
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the
// directory dir.
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
