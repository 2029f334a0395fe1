package os

type File struct {
	fd int
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

var Args []string

func Exit(code int)
func Getenv(key string) string
