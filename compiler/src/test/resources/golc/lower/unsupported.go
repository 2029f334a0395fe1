package main

func Map[T any](xs []T) []T { return xs }

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		println(v)
	default:
	}
	println(len(Map([]int{1})))
}
