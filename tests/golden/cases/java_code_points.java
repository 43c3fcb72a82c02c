static int codePointSize(int[] val, int off, int end) {
    int n = end - off;
    while (off < end) {
        int cp = val[off++];
        if (Character.isBmpCodePoint(cp)) {
            continue;
        } else if (Character.isValidCodePoint(cp)) {
            n++;
        } else {
            return -1;
        }
    }
    return n;
}

static double strict(int a, int b, double x) {
    return StrictMath.abs(a) + StrictMath.max(a, b) + StrictMath.min(x, 2.5) + StrictMath.floorDiv(a, 3)
        + StrictMath.floorMod(b, 4) + StrictMath.sqrt(StrictMath.abs(x)) + StrictMath.floor(x) + StrictMath.ceil(x);
}

static long codePoints(int a, int b) {
    int[] cps = {a, b, 65, 0x10FFFF, 0x1F600};
    return codePointSize(cps, 0, cps.length) + Math.round(strict(a, b, a / 7.0) * 1000);
}
