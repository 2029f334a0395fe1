package strconv

func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseFloat(s string, bitSize int) (float64, error)
func Quote(s string) string
