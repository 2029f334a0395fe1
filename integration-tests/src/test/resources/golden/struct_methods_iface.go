// A struct that embeds an interface delegates to it; overriding one method of the embedded value.
package main

import "fmt"

type Logger interface {
	Log(msg string)
	Level() int
}

type base struct{ prefix string }

func (b base) Log(msg string) { fmt.Println(b.prefix + msg) }
func (b base) Level() int     { return 1 }

type loud struct {
	Logger
}

func (l loud) Log(msg string) { l.Logger.Log(msg + "!!!") }

func run(l Logger) {
	l.Log("hello")
	fmt.Println("level", l.Level())
}

func main() {
	b := base{"> "}
	run(b)
	run(loud{b})
	run(loud{loud{b}})
}
