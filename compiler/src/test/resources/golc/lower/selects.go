package main

func main() {
	a := make(chan int)
	b := make(chan string, 1)
	var x int
	var ok bool
	for {
		select {
		case v := <-a:
			println(v)
		case x, ok = <-a:
			println(x, ok)
		case b <- "s":
			break
		case <-b:
		default:
			return
		}
	}
}

func forever() {
	select {}
}
