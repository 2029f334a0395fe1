package strconv

// formatInt returns i in base 2..36 with lower-case digits.
func formatInt(i int64, base int) string

// formatUint returns the unsigned value i in base 2..36 with lower-case digits.
func formatUint(i uint64, base int) string

// quote returns s between quote characters with Go's escapes; mode is modePrint, modeASCII or modeGraphic.
func quote(s string, quote byte, mode int) string
