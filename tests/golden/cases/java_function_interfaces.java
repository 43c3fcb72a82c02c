static int functionInterfaces(int n, String s) {
    java.util.function.ToIntFunction<String> length = w -> w.length() * 2;
    java.util.function.ToLongFunction<Integer> square = x -> (long) x * x;
    java.util.function.ToDoubleFunction<Integer> half = x -> x / 2.0;
    java.util.function.IntFunction<String> stars = k -> "*".repeat(k % 5 < 0 ? 0 : k % 5);
    java.util.function.ToIntBiFunction<String, Integer> at = (w, i) -> i < w.length() ? w.charAt(i) : -1;
    long total = length.applyAsInt(s) + square.applyAsLong(n) + (long) half.applyAsDouble(n);
    return (int) (total % 1000003) + stars.apply(n).length() + at.applyAsInt(s, 1);
}
