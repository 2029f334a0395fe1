package main

type S struct{ n int }

func (s S) Error() string { return "s" }

func f(x int) int { return x * 2 }

func classify(x int) string {
	switch y := f(x); {
	case y > 10:
		return "big"
	case y == 4, y == f(3):
		return "some"
	}
	switch x {
	case 1:
		println("one")
		fallthrough
	case 2:
		println("two")
	default:
		println("other")
	case f(2):
		break
	}
	return "small"
}

func kind(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int" + string(rune('0'+t))
	case error:
		return t.Error()
	case string, bool:
		_ = t
		return "sb"
	default:
		return "?"
	}
}

func main() {
	println(classify(2), kind(3), kind(S{}))
}
