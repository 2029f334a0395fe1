// Package unicode provides functions to test properties of Unicode code points,
// as Go's package unicode. Both Go 1.19 and the JVM (17) implement Unicode 13.0,
// so the character database is the JVM's (natives.go).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// Case indices for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space property:
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP) in Latin-1, and category Z beyond.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isSpaceChar(r)
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return category(r) == catNd
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	c := category(r)
	return c == catNd || c == catNl || c == catNo
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	c := category(r)
	return c == catLu || c == catLl || c == catLt || c == catLm || c == catLo
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return category(r) == catLu
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return category(r) == catLl
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	return category(r) == catLt
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	c := category(r)
	return c == catMn || c == catMc || c == catMe
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	c := category(r)
	return c >= catPc && c <= catPo
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	c := category(r)
	return c >= catSm && c <= catSo
}

// IsControl reports whether the rune is a control character (category Cc).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r < 0xA0
	}
	return false
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters, marks, numbers,
// punctuation, symbols, and spaces (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	return category(r) == catZs
}

// IsPrint reports whether the rune is printable by Go: letters, marks, numbers, punctuation, symbols,
// and the ASCII space character (not other spaces).
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 0x20 <= r && r < 0x7F || 0xA1 <= r && r != 0xAD
	}
	c := category(r)
	return c >= catLu && c <= catSo
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toUpper(r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toLower(r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toTitle(r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
