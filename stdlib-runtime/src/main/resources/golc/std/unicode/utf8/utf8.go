// Package utf8 implements functions and constants to support text encoded in
// UTF-8, as Go's package unicode/utf8.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of the bytes b0 b1 b2 b3 (n of them present).
// Invalid or incomplete encodings give (RuneError, 1).
func decode(n int, b0, b1, b2, b3 byte) (rune, int) {
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	if b0 < 0xC2 || b0 > 0xF4 || n < 2 {
		return RuneError, 1
	}
	if b0 < 0xE0 {
		if b1 < 0x80 || b1 > 0xBF {
			return RuneError, 1
		}
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	lo, hi := byte(0x80), byte(0xBF)
	switch b0 {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if b1 < lo || b1 > hi || n < 3 || b2 < 0x80 || b2 > 0xBF {
		return RuneError, 1
	}
	if b0 < 0xF0 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	if n < 4 || b3 < 0x80 || b3 > 0xBF {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in bytes.
// An empty p gives (RuneError, 0); an invalid encoding (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	switch {
	case n == 0:
		return RuneError, 0
	case n == 1:
		return decode(1, p[0], 0, 0, 0)
	case n == 2:
		return decode(2, p[0], p[1], 0, 0)
	case n == 3:
		return decode(3, p[0], p[1], p[2], 0)
	}
	return decode(4, p[0], p[1], p[2], p[3])
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	switch {
	case n == 0:
		return RuneError, 0
	case n == 1:
		return decode(1, s[0], 0, 0, 0)
	case n == 2:
		return decode(2, s[0], s[1], 0, 0)
	case n == 3:
		return decode(3, s[0], s[1], s[2], 0)
	}
	return decode(4, s[0], s[1], s[2], s[3])
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	return fullRune(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return fullRune(s)
}

func fullRune(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if n >= UTFMax {
		return true
	}
	// A prefix of a valid encoding is not yet full; anything invalid is "full" (it decodes as an error).
	b0 := s[0]
	need := 1
	switch {
	case b0 >= 0xC2 && b0 < 0xE0:
		need = 2
	case b0 >= 0xE0 && b0 < 0xF0:
		need = 3
	case b0 >= 0xF0 && b0 <= 0xF4:
		need = 4
	}
	if n >= need {
		return true
	}
	if n >= 2 {
		lo, hi := byte(0x80), byte(0xBF)
		switch b0 {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		if s[1] < lo || s[1] > hi {
			return true
		}
	}
	if n >= 3 && (s[2] < 0x80 || s[2] > 0xBF) {
		return true
	}
	return false
}

// RuneLen returns the number of bytes required to encode the rune, or -1 if it is not valid.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
// Invalid runes are encoded as RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x80:
		p[0] = byte(r)
		return 1
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; invalid bytes count as one rune each.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError {
			if _, size := DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
