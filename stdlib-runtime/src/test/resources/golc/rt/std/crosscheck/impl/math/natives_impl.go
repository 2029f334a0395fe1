package math

import m "math"

func float64bits(f float64) uint64       { return m.Float64bits(f) }
func float64frombits(b uint64) float64   { return m.Float64frombits(b) }
func float32bits(f float32) uint32       { return m.Float32bits(f) }
func float32frombits(b uint32) float32   { return m.Float32frombits(b) }
func sqrt(x float64) float64             { return m.Sqrt(x) }
func floor(x float64) float64            { return m.Floor(x) }
func ceil(x float64) float64             { return m.Ceil(x) }
func rint(x float64) float64             { return m.RoundToEven(x) }
func fmod(x, y float64) float64          { return m.Mod(x, y) }
func ieeeRemainder(x, y float64) float64 { return m.Remainder(x, y) }
func fma(x, y, z float64) float64        { return m.FMA(x, y, z) }
