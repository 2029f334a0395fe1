package golc.rt.std.strconvf;

/** Layout of an IEEE 754 binary format, as Go's strconv describes float32 and float64. */
final class FloatInfo {
    static final FloatInfo F32 = new FloatInfo(23, 8, -127);
    static final FloatInfo F64 = new FloatInfo(52, 11, -1023);

    final int mantbits;
    final int expbits;
    final int bias;

    private FloatInfo(int mantbits, int expbits, int bias) {
        this.mantbits = mantbits;
        this.expbits = expbits;
        this.bias = bias;
    }
}
