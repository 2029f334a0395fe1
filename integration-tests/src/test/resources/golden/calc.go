// A recursive-descent calculator: tokenizing runes, precedence, errors as values, closures as operators.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type parser struct {
	src string
	pos int
}

var errSyntax = errors.New("syntax error")

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) number() (int, error) {
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		p.pos++
	}
	if start == p.pos {
		return 0, fmt.Errorf("at %d: expected number: %w", p.pos, errSyntax)
	}
	return strconv.Atoi(p.src[start:p.pos])
}

func (p *parser) factor() (int, error) {
	switch c := p.peek(); {
	case c == '(':
		p.pos++
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek() != ')' {
			return 0, fmt.Errorf("at %d: expected ): %w", p.pos, errSyntax)
		}
		p.pos++
		return v, nil
	case c == '-':
		p.pos++
		v, err := p.factor()
		return -v, err
	default:
		return p.number()
	}
}

var ops = map[byte]func(a, b int) (int, error){
	'+': func(a, b int) (int, error) { return a + b, nil },
	'-': func(a, b int) (int, error) { return a - b, nil },
	'*': func(a, b int) (int, error) { return a * b, nil },
	'/': func(a, b int) (int, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
}

func (p *parser) binary(next func() (int, error), opset string) (int, error) {
	v, err := next()
	for err == nil {
		c := p.peek()
		if c == 0 || !contains(opset, c) {
			break
		}
		p.pos++
		var r int
		if r, err = next(); err == nil {
			v, err = ops[c](v, r)
		}
	}
	return v, err
}

func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func (p *parser) term() (int, error) { return p.binary(p.factor, "*/") }
func (p *parser) expr() (int, error) { return p.binary(p.term, "+-") }

func eval(s string) (int, error) {
	p := &parser{src: s}
	v, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("at %d: trailing %q: %w", p.pos, p.src[p.pos:], errSyntax)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 * -(2 - 5)", "100 / 7 / 2", "8 / (3 - 3)", "2 * (3 + ", "12 34", "99999999999999999999"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-22q error: %v (syntax: %v)\n", s, err, errors.Is(err, errSyntax))
			continue
		}
		fmt.Printf("%-22q = %d\n", s, v)
	}
}
