package strings

import s "strings"

func indexFrom(str, substr string, from int) int {
	if from > len(str) {
		return -1
	}
	i := s.Index(str[from:], substr)
	if i < 0 {
		return -1
	}
	return i + from
}
func lastIndex(str, substr string) int   { return s.LastIndex(str, substr) }
func indexByte(str string, c byte) int     { return s.IndexByte(str, c) }
func repeat(str string, count int) string { return s.Repeat(str, count) }
