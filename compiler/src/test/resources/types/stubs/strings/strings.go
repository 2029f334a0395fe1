package strings

type Builder struct {
	buf []byte
}

func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}
func (b *Builder) WriteRune(r rune) (int, error)

func Contains(s, substr string) bool
func Index(s, substr string) int
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Split(s, sep string) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Fields(s string) []string
