static long as_unsigned(int x) {
    return (long) x & 4294967295L;
}
