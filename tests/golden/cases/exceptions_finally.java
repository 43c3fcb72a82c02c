static int divided(int x) {
    int r;
    try {
        r = 100 / (x % 3);
    } catch (ArithmeticException e) {
        r = -1;
    } finally {
        x = 7;
    }
    return r + x;
}
