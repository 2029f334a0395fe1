// Type switches and assertions to type parameters: case T, v.(T), instantiated with basic, struct,
// pointer and interface types.
package main

import "fmt"

func Is[T any](v interface{}) bool {
	switch v.(type) {
	case T:
		return true
	}
	return false
}

func As[T any](vs []interface{}) (out []T) {
	for _, v := range vs {
		if t, ok := v.(T); ok {
			out = append(out, t)
		}
	}
	return
}

type S struct{ A int }

func main() {
	fmt.Println(Is[int](3), Is[string](3), Is[S](S{1}), Is[*S](S{1}), Is[error](fmt.Errorf("x")))
	fmt.Println(As[int]([]interface{}{1, "a", 2}), As[fmt.Stringer]([]interface{}{1}), As[S]([]interface{}{S{4}, &S{5}}))
}
