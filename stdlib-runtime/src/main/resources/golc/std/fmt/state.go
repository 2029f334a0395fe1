package fmt

// state is the State handed to Format methods: a view of the Java printer
// that is formatting the operand. Output written to it goes to that printer.
type state struct {
	p any
}

// Natives (golc.rt.std.fmt.Natives) reading and writing the printer.
func stateWrite(p any, b string)
func stateWidth(p any) (int, bool)
func statePrecision(p any) (int, bool)
func stateFlag(p any, c int) bool

func (s *state) Write(b []byte) (n int, err error) {
	stateWrite(s.p, string(b))
	return len(b), nil
}

func (s *state) WriteString(str string) (n int, err error) {
	stateWrite(s.p, str)
	return len(str), nil
}

func (s *state) Width() (wid int, ok bool) {
	return stateWidth(s.p)
}

func (s *state) Precision() (prec int, ok bool) {
	return statePrecision(s.p)
}

func (s *state) Flag(c int) bool {
	return stateFlag(s.p, c)
}

// callFormat is the formatHook: the printer found a Format method on arg
// and asks Go to call it with a State over printer p.
func callFormat(p, arg any, verb rune) bool {
	f, ok := arg.(Formatter)
	if !ok {
		return false
	}
	f.Format(&state{p}, verb)
	return true
}
