static long step(java.util.function.DoubleBinaryOperator fn, long v, double x) {
    double d = Double.longBitsToDouble(v);
    d = (fn == null) ? d + x : fn.applyAsDouble(d, x);
    return Double.doubleToRawLongBits(d);
}

static int doubleBits(int high, int k) {
    long v = ((long) high << 32) | 0x12345L;
    double x = k / 4.0;
    java.util.function.DoubleBinaryOperator times = (a, b) -> a * b;
    long sum = step(null, v, x) ^ step(times, v, x) * 31;
    double nan = Double.longBitsToDouble(0x7ff8000000000123L);
    sum = sum * 31 + Double.doubleToLongBits(nan) + Double.doubleToRawLongBits(nan) * 7;
    sum = sum * 31 + Double.doubleToLongBits(-0.0) + Double.doubleToLongBits(k) + Double.doubleToRawLongBits(1e300 * k);
    return (int) (sum ^ (sum >>> 32));
}
