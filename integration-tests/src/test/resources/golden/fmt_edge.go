// fmt corner cases: invalid UTF-8 with %q/%x/%s, %c and %U of invalid runes, huge widths, sign flags on unsigned.
package main

import "fmt"

func main() {
	bad := "a\xffb"
	fmt.Printf("%s|%q|%+q|%x|% X|%v\n", bad, bad, bad, bad, bad, []byte(bad))
	fmt.Printf("%c|%U|%q|%#U\n", rune(0x110000), rune(-1), rune(0xD800), 'ä')
	fmt.Printf("%+d %+d % d %x %X %o %#b\n", uint(7), -7, uint8(7), int64(-255), uint16(0xBEEF), -8, 5)
	fmt.Printf("%10.4s|%-10.2q|%.0d|%.0d|\n", "abcdefgh", "abcdef", 0, 7)
	fmt.Printf("%6.2f%%|%e|%.3e|%g\n", 99.5, 0.0, -1234.5678, 1e-320)
	fmt.Printf("%t|%5t|%v\n", false, true, [0]int{})
	fmt.Printf("%s %v %d\n", error(nil), struct{}{}, []byte(nil))
	fmt.Printf("%08.3f|%-08d|%+08d|%x\n", -3.14159, 42, 42, -1)
	fmt.Printf("%3c|%-4c|%c\n", 'x', 'y', 0x1F600)
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 1, 2), fmt.Sprintf("%[3]v", 1))
}
