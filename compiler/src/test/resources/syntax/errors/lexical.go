// Lexical errors are reported by the scanner without the "syntax error" prefix.

package p

var a = 1 + @2 // ERROR "invalid character U\+0040 '@'"
var b = 018 // ERROR "invalid digit '8' in octal literal"
var c = 0b102 // ERROR "invalid digit '2' in binary literal"
var d = 1__2 // ERROR "'_' must separate successive digits"
var e = 0x // ERROR "hexadecimal literal has no digits"
var f = 0x1.0 // ERROR "hexadecimal mantissa requires a 'p' exponent"
var g = 1e // ERROR "exponent has no digits"
var h = 'ab' // ERROR "more than one character in rune literal"
var i = '' // ERROR "empty rune literal or unescaped '"
var j = "\q" // ERROR "unknown escape"
var k = "\400" // ERROR "octal escape value 256 > 255"
var l = '\uD800' // ERROR "escape is invalid Unicode code point U\+D800"
var m = "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
var n = 0o17e3 // ERROR "'e' exponent requires decimal mantissa"
var o = 1p3 // ERROR "'p' exponent requires hexadecimal mantissa"
var q = 0b1.0 // ERROR "invalid radix point in binary literal"
var r = "abc // ERROR "newline in string|unexpected newline after top level declaration"
var s = 'a // ERROR "newline in rune literal"
var x·y = 1 // ERROR "invalid character U\+00B7 '·' in identifier"
