package unicode

import (
	"sort"
	u "unicode"
)

func category(r rune) int {
	cats := []struct {
		t *u.RangeTable
		c int
	}{{u.Lu, catLu}, {u.Ll, catLl}, {u.Lt, catLt}, {u.Lm, catLm}, {u.Lo, catLo}, {u.Mn, catMn}, {u.Mc, catMc}, {u.Me, catMe}, {u.Nd, catNd}, {u.Nl, catNl}, {u.No, catNo}, {u.Pc, catPc}, {u.Pd, catPd}, {u.Ps, catPs}, {u.Pe, catPe}, {u.Pi, catPi}, {u.Pf, catPf}, {u.Po, catPo}, {u.Sm, catSm}, {u.Sc, catSc}, {u.Sk, catSk}, {u.So, catSo}, {u.Zs, catZs}, {u.Zl, catZl}, {u.Zp, catZp}, {u.Cc, catCc}, {u.Cf, catCf}, {u.Cs, catCs}, {u.Co, catCo}}
	for _, c := range cats {
		if u.Is(c.t, r) {
			return c.c
		}
	}
	return catCn
}
func isSpaceChar(r rune) bool { return u.In(r, u.Zs, u.Zl, u.Zp) }
func toUpper(r rune) rune      { return u.ToUpper(r) }
func toLower(r rune) rune      { return u.ToLower(r) }
func toTitle(r rune) rune      { return u.ToTitle(r) }

func scriptNames() []string {
	var names []string
	for n := range u.Scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func scriptID(name string) int {
	for i, n := range scriptNames() {
		if n == name {
			return i
		}
	}
	panic("unknown script " + name)
}

func scriptOf(r rune) int {
	for i, n := range scriptNames() {
		if u.Is(u.Scripts[n], r) {
			return i
		}
	}
	return -1
}
