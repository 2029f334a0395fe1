package math

// archLog is Go 1.19's amd64 assembly Log (math/log_amd64.s) written out in Go: the
// algorithm of log.go, except that the argument is split into fraction and exponent
// straight from its bits (no normalisation of subnormal inputs), as the assembly does.
func archLog(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01
		ln2Hi  = 6.93147180369123816490e-01
		ln2Lo  = 1.90821492927058770002e-10
		l1     = 6.666666666666735130e-01
		l2     = 3.999999999940941908e-01
		l3     = 2.857142874366239149e-01
		l4     = 2.222219843214978396e-01
		l5     = 1.818357216161805012e-01
		l6     = 1.531383769920937332e-01
		l7     = 1.479819860511658591e-01
	)
	bits := Float64bits(x)
	switch {
	case bits&^signMask == 0:
		return Inf(-1)
	case bits&signMask != 0:
		return NaN()
	case bits >= uvinf:
		return x // +Inf or NaN
	}
	f1 := Float64frombits(bits&fracMask | 0x3FE0000000000000)
	k := float64(int32((bits>>52)&0x7FF) - 0x3FE)
	// The assembly compares with CMPSD "not less than": it halves the range when f1 <= Sqrt2/2.
	if f1 <= hSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}
