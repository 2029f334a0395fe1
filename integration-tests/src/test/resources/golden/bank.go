// A small bank: structs, maps of pointers, methods returning errors, and a custom error type.
package main

import (
	"errors"
	"fmt"
)

type Account struct {
	ID      string
	Balance int64
	History []string
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int64) *Account {
	a := &Account{ID: id, Balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amount int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if src.Balance < amount {
		return InsufficientFunds{amount, src.Balance}
	}
	src.Balance -= amount
	dst.Balance += amount
	src.History = append(src.History, fmt.Sprintf("-%d to %s", amount, to))
	dst.History = append(dst.History, fmt.Sprintf("+%d from %s", amount, from))
	return nil
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 20)
	for _, t := range []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "alice", 100}, {"carol", "bob", 1}, {"bob", "alice", 50}} {
		err := bank.Transfer(t.from, t.to, t.amt)
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing:", err)
		case errors.As(err, &inf):
			fmt.Println("short by", inf.Need-inf.Have, "-", err)
		}
	}
	fmt.Println(alice.Balance, bob.Balance, alice.History, bob.History)
}
