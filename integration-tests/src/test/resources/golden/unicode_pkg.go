// The unicode package's classification and case mapping, applied rune by rune.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 _é世\n!" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.ToUpper('1') == '1')
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar)
}
