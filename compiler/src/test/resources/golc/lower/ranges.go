package main

func main() {
	xs := []string{"a", "b"}
	for i, x := range xs {
		println(i, x)
	}
	arr := [3]int{1, 2, 3}
	for _, v := range arr {
		println(v)
	}
	for i := range &arr {
		arr[i] = 0
	}
	for i, r := range "héllo" {
		println(i, r)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		delete(m, k)
		println(k, v)
	}
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	for v := range ch {
		println(v)
	}
	var k int
	for k = range xs {
	}
	println(k)
outer:
	for _, x := range xs {
		for range xs {
			if x == "b" {
				break outer
			}
			continue outer
		}
	}
}
