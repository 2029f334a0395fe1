package math

func float64bits(f float64) uint64

func float64frombits(b uint64) float64

func float32bits(f float32) uint32

func float32frombits(b uint32) float32

func sqrt(x float64) float64

func floor(x float64) float64

func ceil(x float64) float64

// rint rounds to the nearest integer, ties to even.
func rint(x float64) float64

// fmod is the exact remainder of x/y with the sign of x (Go's Mod).
func fmod(x, y float64) float64

func ieeeRemainder(x, y float64) float64

// fma returns x*y + z computed with only one rounding (used by the FMA path of Exp).
func fma(x, y, z float64) float64
