// complex128 and complex64 arithmetic and the builtins real, imag and complex.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b), a == complex(1, 2))
	var c complex64 = complex64(a)
	fmt.Println(c*c, real(c))
	fmt.Printf("%v %.2f\n", b, a)
	z := 0i
	for i := 0; i < 3; i++ {
		z = z*z + (0.25 + 0.5i)
	}
	fmt.Println(z)
}
