// gc reports too many range variables from its type checker, so only in files without syntax errors.

package p

func f(s []int) {
	for i, v, w := range s { // ERROR "range clause permits at most two iteration variables"
		_, _ = i, v
	}
}
