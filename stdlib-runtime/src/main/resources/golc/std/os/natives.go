package os

// runtimeArgs returns the program name and arguments (golc.rt.Entry sets them).
func runtimeArgs() []string

// writeFd writes b to fd 1 or 2 and returns the count written, or -1 on failure.
func writeFd(fd int, b []byte) int

// writeStringFd is writeFd for a string (no []byte conversion needed).
func writeStringFd(fd int, s string) int

// readFd reads from fd 0 into b: the count read, 0 at end of input, -1 on failure.
func readFd(fd int, b []byte) int

// flushFd flushes golc's buffer of standard output.
func flushFd(fd int)

// exit flushes standard output and ends the process with the given status.
func exit(code int)

func lookupEnv(key string) (string, bool)

func environ() []string

func getpid() int

func hostname() string
