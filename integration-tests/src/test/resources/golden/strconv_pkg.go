// strconv: Itoa, Atoi, ParseInt/ParseUint/ParseBool/ParseFloat with errors, Format*, Quote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0))
	for _, s := range []string{"42", "-7", "+9", "abc", "", "99999999999999999999", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-101", 2, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("200", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<64-1, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	fmt.Println(strconv.FormatBool(false), strconv.Quote("hi\n\"there\"\t€\x01"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.QuoteToASCII("€uro"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 12, 10)))
}
