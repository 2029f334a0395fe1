// Package strconv: every parse, format, append and quote function, with *NumError messages.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "0x1f", "0b101", "0o17", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", "abc", "12a", " 1"} {
		i, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("ParseInt(%q, 0, 64) = %d, %v\n", s, i, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"ff", 16, 16}, {"zz", 36, 64}, {"777", 8, 32}, {"1", 1, 64}, {"1", 37, 64}, {"1", 10, 65}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, i, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616", "0xFF"} {
		u, err := strconv.ParseUint(s, 0, 8)
		u64, err64 := strconv.ParseUint(s, 0, 64)
		fmt.Printf("ParseUint(%q) = %d %v | %d %v\n", s, u, err, u64, err64)
	}
	n, err := strconv.Atoi("12345678901234567890")
	fmt.Println(n, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("NumError: Func=%s Num=%q Err=%v range=%v syntax=%v\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.Atoi("x1")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)

	for _, s := range []string{"3.14", "-0", "1e10", "1E-5", ".5", "inf", "-Inf", "NaN", "0x1p-2", "1e309", "-1e309", "1e-400", "1_000.5", "abc", "1.5e", "4.9e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}

	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 2), strconv.FormatInt(-9223372036854775808, 10), strconv.FormatBool(true))
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 1.0 / 3, 123456789, 0.000001234, 1e-7, 2.5e-10, 100} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(f, 'g', 3, 64), strconv.FormatFloat(f, 'e', 2, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 4, 64),
			strconv.FormatFloat(f, 'E', 0, 64), strconv.FormatFloat(f, 'f', 0, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(1e100, 'f', -1, 64))

	var b []byte
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'e', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"uote")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteToASCII(b, "☺")
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0x")
	b = strconv.AppendQuoteRuneToGraphic(b, 0x7f)
	fmt.Println(string(b))

	for _, s := range []string{"hello", "tab\there", "new\nline", `back\slash`, "quote\"d", "é☺", "\x00\x7f\xff", "\u2028", "\U0001F600"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	fmt.Println(strconv.QuoteRune('a'), strconv.QuoteRune('\''), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('世'), strconv.QuoteRuneToGraphic('\u00a0'), strconv.QuoteRune(0x110000))
	for _, s := range []string{`"abc"`, `"a\tb\u00e9\x41\101"`, "`raw\\n`", `'x'`, `'\n'`, `"unterminated`, `'ab'`, `abc`, `"\q"`, `""`, `"a"b"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263ax`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\'`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'), strconv.IsPrint('\t'), strconv.IntSize)
	q, err := strconv.QuotedPrefix(`"abc"def`)
	fmt.Println(q, err)
	_, err = strconv.QuotedPrefix(`abc`)
	fmt.Println(err)
}

func init() {
	for _, s := range []string{"1+2i", "(3.5-1e3i)", "-2i", "4", "NaN+Infi", "1e400+1i", "1+2j", "(1+2i", "inf-infi"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(c, err)
	}
	c64, err := strconv.ParseComplex("0.1+0.2i", 64)
	fmt.Println(c64, err)
	fmt.Println(strconv.FormatComplex(1.5-2i, 'f', 2, 128), strconv.FormatComplex(complex(0.1, 0.2), 'g', -1, 64), strconv.FormatComplex(-1e21i, 'e', -1, 128))
}
