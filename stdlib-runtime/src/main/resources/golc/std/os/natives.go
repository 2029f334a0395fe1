package os

// runtimeArgs returns the program name and arguments (golc.rt.Entry sets them).
func runtimeArgs() []string

// writeFd writes b to fd and returns the count written, or minus an errno on failure.
func writeFd(fd int, b []byte) int

// writeStringFd is writeFd for a string (no []byte conversion needed).
func writeStringFd(fd int, s string) int

// readFd reads from fd into b: the count read, 0 at end of input, minus an errno on failure.
func readFd(fd int, b []byte) int

// flushFd flushes golc's buffer of standard output.
func flushFd(fd int)

// exit flushes standard output and ends the process with the given status.
func exit(code int)

func lookupEnv(key string) (string, bool)

func environ() []string

func getpid() int

func hostname() string

// openFile opens a file (flags as O_*) and returns its descriptor, or an errno.
func openFile(name string, flag, perm int) (fd int, errno int)

// closeFd closes a descriptor returned by openFile; it returns 0 or an errno.
func closeFd(fd int) int

// seek moves the offset of fd; it returns the new offset and 0, or an errno.
func seek(fd int, offset int64, whence int) (int64, int)

// remove deletes a file or empty directory; it returns 0 or an errno.
func remove(name string) int

// removeAll deletes path and everything below it; it returns 0 or an errno.
func removeAll(path string) int

// mkdir creates a directory (and its parents if all); it returns 0 or an errno.
func mkdir(name string, perm int, all bool) int

// getwd returns the current directory.
func getwd() string

// stat describes a file (following a final symbolic link if follow): its Unix st_mode, size and
// modification time, or an errno.
func stat(name string, follow bool) (mode int, size int64, sec int64, nsec int64, errno int)

// readDirNames lists the entry names of a directory, sorted, or returns an errno.
func readDirNames(name string) ([]string, int)

// rename moves oldpath to newpath (replacing a file there); it returns 0 or an errno.
func rename(oldpath, newpath string) int

// chmod sets the permission bits of a file; it returns 0 or an errno.
func chmod(name string, perm int) int

// truncateFd sets the size of an open file; it returns 0 or an errno.
func truncateFd(fd int, size int64) int

// preadFd reads from fd at offset off without moving its offset: the count read, 0 at end of file,
// minus an errno on failure.
func preadFd(fd int, b []byte, off int64) int

// setenv, unsetenv and clearenv change the process environment seen by Getenv, LookupEnv and Environ.
func setenv(key, value string)

func unsetenv(key string)

func clearenv()

// fastrand returns a pseudo-random number for the names of temporary files.
func fastrand() uint32

// readlink returns the destination of the symbolic link name.
func readlink(name string) (dest string, errno int)

// symlink creates newname as a symbolic link to oldname.
func symlink(oldname, newname string) (errno int)
