static int checkedHalf(int x) {
    if (x % 2 != 0) throw new IllegalArgumentException("odd: " + x);
    assert x >= 0 : "checked only under java -ea";
    return x / 2;
}

static int positive(int v) {
    if (v > 0) return v;
    throw new java.util.NoSuchElementException();
}

static int halfPlusFirst(int x, int y) {
    int r;
    try {
        r = checkedHalf(x) + positive(y);
    } catch (IllegalArgumentException e) {
        r = -1;
    } catch (NoSuchElementException | IllegalStateException e) {
        r = -2;
    }
    return r;
}
