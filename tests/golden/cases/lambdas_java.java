static long applyAll(int x, long y) {
    java.util.function.IntBinaryOperator add = (a, b) -> a + b;
    java.util.function.Function<Integer, Integer> twice = v -> v * 2;
    java.util.function.LongUnaryOperator scale = v -> v * 3;
    java.util.function.Predicate<Integer> even = v -> v % 2 == 0;
    java.util.function.IntUnaryOperator clamp = (int v) -> {
        if (v > 1000) return 1000;
        return v;
    };
    int total = clamp.applyAsInt(twice.apply(add.applyAsInt(x % 100, 1)));
    return even.test(total) ? scale.applyAsLong(y % 1000) + total : total;
}
