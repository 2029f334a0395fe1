// Compares golc's strings, strconv, unicode/utf8, unicode and errors with Go's on random and special inputs.
package main

import (
	"errors"
	"fmt"
	"math/rand"
	myerrors "my/errors"
	mystrconv "my/strconv"
	mystrings "my/strings"
	myunicode "my/unicode"
	myutf8 "my/unicode/utf8"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var alphabet = []string{"a", "b", "A", "é", "É", " ", "\t", "\n", ",", "ab", "\xff", "世", "ß", "k", "K", "\u212a", "0", "1", "x", "-", "_", "+", "ſ", "S", "s"}

func rs() string {
	n := rand.Intn(8)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(alphabet[rand.Intn(len(alphabet))])
	}
	return b.String()
}

var bad = map[string]int{}

func eq(name string, a, b interface{}) {
	if !reflect.DeepEqual(a, b) {
		if bad[name] < 3 {
			fmt.Printf("%s: go %#v ours %#v\n", name, a, b)
		}
		bad[name]++
	}
}

func main() {
	for i := 0; i < 30000; i++ {
		s, t, u := rs(), rs(), rs()
		n := rand.Intn(5) - 1
		eq("Index", strings.Index(s, t), mystrings.Index(s, t))
		eq("LastIndex", strings.LastIndex(s, t), mystrings.LastIndex(s, t))
		eq("IndexAny", strings.IndexAny(s, t), mystrings.IndexAny(s, t))
		eq("LastIndexAny", strings.LastIndexAny(s, t), mystrings.LastIndexAny(s, t))
		eq("Count", strings.Count(s, t), mystrings.Count(s, t))
		eq("Split", strings.Split(s, t), mystrings.Split(s, t))
		eq("SplitN", strings.SplitN(s, t, n), mystrings.SplitN(s, t, n))
		eq("SplitAfter", strings.SplitAfter(s, t), mystrings.SplitAfter(s, t))
		eq("Fields", strings.Fields(s), mystrings.Fields(s))
		eq("Replace", strings.Replace(s, t, u, n), mystrings.Replace(s, t, u, n))
		eq("ToUpper", strings.ToUpper(s), mystrings.ToUpper(s))
		eq("ToLower", strings.ToLower(s), mystrings.ToLower(s))
		eq("Title", strings.Title(s), mystrings.Title(s))
		eq("TrimSpace", strings.TrimSpace(s), mystrings.TrimSpace(s))
		eq("Trim", strings.Trim(s, t), mystrings.Trim(s, t))
		eq("TrimLeft", strings.TrimLeft(s, t), mystrings.TrimLeft(s, t))
		eq("TrimRight", strings.TrimRight(s, t), mystrings.TrimRight(s, t))
		eq("EqualFold", strings.EqualFold(s, t), mystrings.EqualFold(s, t))
		eq("EqualFoldU", strings.EqualFold(s, strings.ToUpper(s)), mystrings.EqualFold(s, strings.ToUpper(s)))
		eq("Repeat", strings.Repeat(s, n+1), mystrings.Repeat(s, n+1))
		eq("IndexRune", strings.IndexRune(s, []rune(t+"a")[0]), mystrings.IndexRune(s, []rune(t+"a")[0]))
		eq("ContainsRune", strings.ContainsRune(s, utf8.RuneError), mystrings.ContainsRune(s, utf8.RuneError))
		eq("Quote", strconv.Quote(s), mystrconv.Quote(s))
		eq("QuoteToASCII", strconv.QuoteToASCII(s), mystrconv.QuoteToASCII(s))
		eq("CanBackquote", strconv.CanBackquote(s), mystrconv.CanBackquote(s))
		q := strconv.Quote(s)
		if rand.Intn(3) == 0 {
			q = s
		}
		a1, e1 := strconv.Unquote(q)
		a2, e2 := mystrconv.Unquote(q)
		eq("Unquote", a1+fmt.Sprint(e1), a2+fmt.Sprint(e2))
		for _, base := range []int{0, 2, 8, 10, 16, 36} {
			for _, bits := range []int{0, 8, 16, 32, 64} {
				v1, e1 := strconv.ParseInt(s, base, bits)
				v2, e2 := mystrconv.ParseInt(s, base, bits)
				eq("ParseInt", fmt.Sprint(v1, e1), fmt.Sprint(v2, e2))
				u1, e1 := strconv.ParseUint(s, base, bits)
				u2, e2 := mystrconv.ParseUint(s, base, bits)
				eq("ParseUint", fmt.Sprint(u1, e1), fmt.Sprint(u2, e2))
			}
		}
		a, ea := strconv.Atoi(s)
		b, eb := mystrconv.Atoi(s)
		eq("Atoi", fmt.Sprint(a, ea), fmt.Sprint(b, eb))
		eq("ValidString", utf8.ValidString(s), myutf8.ValidString(s))
		eq("RuneCount", utf8.RuneCount([]byte(s)), myutf8.RuneCount([]byte(s)))
		r1, n1 := utf8.DecodeLastRuneInString(s)
		r2, n2 := myutf8.DecodeLastRuneInString(s)
		eq("DecodeLast", [2]int{int(r1), n1}, [2]int{int(r2), n2})
		eq("FullRune", utf8.FullRuneInString(s), myutf8.FullRuneInString(s))
	}
	for _, x := range []string{"1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "0x_1f", "0b", "1__0", "0o777", "+0x10", "08", "0_8", "1e3", "18446744073709551615", "18446744073709551616"} {
		for _, base := range []int{0, 10, 16} {
			v1, e1 := strconv.ParseInt(x, base, 64)
			v2, e2 := mystrconv.ParseInt(x, base, 64)
			eq("ParseIntFixed", fmt.Sprint(v1, e1), fmt.Sprint(v2, e2))
			u1, e1 := strconv.ParseUint(x, base, 64)
			u2, e2 := mystrconv.ParseUint(x, base, 64)
			eq("ParseUintFixed", fmt.Sprint(u1, e1), fmt.Sprint(u2, e2))
		}
	}
	for r := rune(-5); r < 0x20000; r++ {
		eq("SimpleFold", unicode.SimpleFold(r), myunicode.SimpleFold(r))
		if r%7 == 0 {
			eq("QuoteRune", strconv.QuoteRune(r), mystrconv.QuoteRune(r))
			buf1, buf2 := make([]byte, 4), make([]byte, 4)
			eq("EncodeRune", utf8.EncodeRune(buf1, r), myutf8.EncodeRune(buf2, r))
			eq("EncodeRuneB", buf1, buf2)
			eq("RuneLen", utf8.RuneLen(r), myutf8.RuneLen(r))
		}
	}
	// errors
	base := errors.New("x")
	mybase := myerrors.New("x")
	w := fmt.Errorf("w: %w", mybase)
	eq("Is", true, myerrors.Is(w, mybase))
	eq("IsNot", errors.Is(w, base), myerrors.Is(w, base))
	var ne *strconv.NumError
	_, err := strconv.Atoi("q")
	eq("As", true, myerrors.As(fmt.Errorf("x: %w", err), &ne))
	eq("AsFunc", "Atoi", ne.Func)
	fmt.Println("failures:", bad)
}
