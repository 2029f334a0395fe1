// An LRU cache: a map to nodes of a doubly linked list with sentinel, evicting the least recently used.
package main

import "fmt"

type entry struct {
	key, val   string
	prev, next *entry
}

type LRU struct {
	cap   int
	items map[string]*entry
	head  entry // sentinel: head.next is the most recent
}

func NewLRU(n int) *LRU {
	c := &LRU{cap: n, items: map[string]*entry{}}
	c.head.next, c.head.prev = &c.head, &c.head
	return c
}

func (c *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }

func (c *LRU) pushFront(e *entry) {
	e.prev, e.next = &c.head, c.head.next
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(k string) (string, bool) {
	e, ok := c.items[k]
	if !ok {
		return "", false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k, v string) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return ""
	}
	if len(c.items) == c.cap {
		last := c.head.prev
		c.unlink(last)
		delete(c.items, last.key)
		evicted = last.key
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
	return evicted
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.head.next; e != &c.head; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	for _, k := range []string{"a", "b", "c"} {
		c.Put(k, k+k)
	}
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	fmt.Printf("evicted %q\n", c.Put("d", "dd"))
	_, ok = c.Get("b")
	fmt.Println(ok, c.Keys())
	fmt.Printf("evicted %q\n", c.Put("c", "CC"))
	fmt.Printf("evicted %q\n", c.Put("e", "ee"))
	v, _ = c.Get("c")
	fmt.Println(v, c.Keys(), len(c.items))
}
