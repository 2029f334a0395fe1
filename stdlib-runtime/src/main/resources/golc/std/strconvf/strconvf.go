// Package strconvf binds golc's exact float conversions, written in Java
// (golc.rt.std.strconvf.Natives), for strconv's ftoa.go. It is golc-internal:
// programs use strconv.FormatFloat and strconv.ParseFloat.
package strconvf

// FormatFloat is strconv.FormatFloat for bitSize 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// ParseFloat is strconv.ParseFloat without the error value: errKind is
// 0 for success, 1 for a syntax error (f is 0), 2 for a range error (f is ±Inf).
func ParseFloat(s string, bitSize int) (f float64, errKind int)
