// Arrays.copyOfRange pads with zeros past the array's end: the C++ translation needs the
// parameter's length, so it must take a vector, not a C array.
static int sumOfTail(int[] values, int end) {
    int[] tail = Arrays.copyOfRange(values, 1, end);
    int total = 0;
    for (int v : tail) {
        total += v * 7 + 1;
    }
    return total;
}
