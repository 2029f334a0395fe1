package math

// archExp is Go 1.19's amd64 assembly Exp (math/exp_amd64.s) written out in Go, on the
// path Go takes on CPUs with AVX and FMA (fused steps use fma): reduce x by k*ln2 with
// k = round(x*log2(e)), evaluate a Taylor polynomial at r/16, square four times, scale
// by 2**k.
func archExp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
	)
	bits := Float64bits(x)
	if bits&^signMask >= uvinf {
		if bits == uvneginf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	t := x * log2e
	// CVTSD2SL rounds to nearest even; out-of-range values give the "integer indefinite" MinInt32.
	var k int32
	if t >= -2147483648.5 && t < 2147483647.5 {
		k = int32(RoundToEven(t))
	} else {
		k = -1 << 31
	}
	fk := float64(k)
	x = fma(-fk, ln2U, x)
	x = fma(-fk, ln2L, x)
	x *= 0.0625
	p := 2.4801587301587301587e-5
	p = fma(p, x, 1.9841269841269841270e-4)
	p = fma(p, x, 1.3888888888888888889e-3)
	p = fma(p, x, 8.3333333333333333333e-3)
	p = fma(p, x, 4.1666666666666666667e-2)
	p = fma(p, x, 1.6666666666666666667e-1)
	p = fma(p, x, 0.5)
	p = fma(p, x, 1.0)
	x *= p
	x *= x + 2.0
	x *= x + 2.0
	x *= x + 2.0
	x = fma(x, x+2.0, 1.0)
	e := int64(k) + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		x *= Float64frombits(uint64(e+0x3FE) << 52)
		return x * Float64frombits(1<<52)
	}
	if e >= 0x7FF {
		return Inf(1)
	}
	return x * Float64frombits(uint64(e)<<52)
}
