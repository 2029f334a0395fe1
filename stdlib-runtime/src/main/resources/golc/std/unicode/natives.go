package unicode

// General categories as numbered by category (the order makes L, M, N, P, S ranges contiguous).
const (
	catCn = iota
	catLu
	catLl
	catLt
	catLm
	catLo
	catMn
	catMc
	catMe
	catNd
	catNl
	catNo
	catPc
	catPd
	catPs
	catPe
	catPi
	catPf
	catPo
	catSm
	catSc
	catSk
	catSo
	catZs
	catZl
	catZp
	catCc
	catCf
	catCs
	catCo
)

// category returns the general category of r (catCn for unassigned and invalid code points).
func category(r rune) int

// isSpaceChar reports whether r is in category Zs, Zl or Zp.
func isSpaceChar(r rune) bool

func toUpper(r rune) rune

func toLower(r rune) rune

func toTitle(r rune) rune

// scriptID returns the JVM's number for the script with the given Unicode name.
func scriptID(name string) int

// scriptOf returns the JVM's number for the script of the valid code point r.
func scriptOf(r rune) int
