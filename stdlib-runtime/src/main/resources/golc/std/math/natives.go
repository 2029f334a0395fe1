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

func pow(x, y float64) float64

func exp(x float64) float64

func expm1(x float64) float64

func log(x float64) float64

func log1p(x float64) float64

func cbrt(x float64) float64

func sin(x float64) float64

func cos(x float64) float64

func tan(x float64) float64

func asin(x float64) float64

func acos(x float64) float64

func atan(x float64) float64

func atan2(y, x float64) float64

func sinh(x float64) float64

func cosh(x float64) float64

func tanh(x float64) float64
