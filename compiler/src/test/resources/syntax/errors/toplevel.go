package p

import 42 // ERROR "import path must be a string"
import ( // the next line lacks a path
	x // ERROR "missing import path"
)

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func f() // a newline ends the declaration here
{ // ERROR "syntax error: unexpected semicolon or newline before \{"
}

var v int = 1 2 // ERROR "syntax error: unexpected literal 2 after top level declaration"

type T // ERROR "syntax error: unexpected newline in type declaration"

func (a, b T) m() {} // ERROR "method has multiple receivers"

func () n() {} // ERROR "method has no receiver"

func 3() {} // ERROR "syntax error: unexpected literal 3, expecting name or \("
