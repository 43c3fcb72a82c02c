static java.util.function.IntUnaryOperator identity() {
    return t -> t;
}

static java.util.function.LongBinaryOperator scaled(long k) {
    return (a, b) -> a * k + b;
}

static java.util.function.DoubleUnaryOperator half() {
    return x -> x / 2;
}

static long lambdas(int a, long b) {
    java.util.function.IntUnaryOperator id = identity();
    java.util.function.LongBinaryOperator s = scaled(b);
    return id.applyAsInt(a) + s.applyAsLong(a, 3) + (long) half().applyAsDouble(a);
}
