// Roman numerals both ways: tables of structs, string building, parsing with validation.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range", n)
	}
	var sb strings.Builder
	for _, t := range table {
		for n >= t.value {
			sb.WriteString(t.symbol)
			n -= t.value
		}
	}
	return sb.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func fromRoman(s string) (int, error) {
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, errors.New("bad digit " + string(s[i]))
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := toRoman(total); back != s {
		return 0, fmt.Errorf("%s is not canonical (%s)", s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2022, 3999, 0, 4000} {
		r, err := toRoman(n)
		fmt.Printf("%4d -> %-12s %v\n", n, r, err)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "MMXXII", "IC", "ABC"} {
		n, err := fromRoman(s)
		fmt.Println(s, n, err)
	}
}
