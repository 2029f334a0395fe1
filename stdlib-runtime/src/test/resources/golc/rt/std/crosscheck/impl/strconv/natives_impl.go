package strconv

import s "strconv"

func formatInt(i int64, base int) string   { return s.FormatInt(i, base) }
func formatUint(i uint64, base int) string { return s.FormatUint(i, base) }
func quote(str string, q byte, mode int) string {
	if q == '\'' {
		r := []rune(str)[0]
		switch mode {
		case 1:
			return s.QuoteRuneToASCII(r)
		case 2:
			return s.QuoteRuneToGraphic(r)
		}
		return s.QuoteRune(r)
	}
	switch mode {
	case 1:
		return s.QuoteToASCII(str)
	case 2:
		return s.QuoteToGraphic(str)
	}
	return s.Quote(str)
}
