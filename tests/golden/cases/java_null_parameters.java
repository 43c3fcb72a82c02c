static String checkName(String name) {
    if (name == null)
        throw new IllegalArgumentException("name can't be null");
    return name;
}

static boolean isKnown(String provider) {
    return provider != null && (provider.equals("SunJCE") || provider.startsWith("SunPKCS11"));
}

static long firstTwo(byte[] bytes) {
    if (bytes != null && bytes.length >= 2) {
        return ((bytes[0] & 0xFFL) << 8) | (bytes[1] & 0xFFL);
    }
    return -1L;
}

static int checkedLength(int[] values, int limit) {
    if (limit <= 0) {
        return 0;
    }
    Objects.requireNonNull(values);
    return limit > values.length ? -1 : values.length;
}

static int lengthOr(int[] values, boolean check) {
    if (check && values == null) {
        return -2;
    }
    return values.length;
}

static int nullParameters(int k, String s) {
    byte[] bytes = {(byte) k, (byte) (k >> 8), 7};
    int[] values = {k, 2, 3};
    int total = checkName(s).length() + (isKnown(s) ? 1 : 0) * 10 + (isKnown(null) ? 100 : 0);
    total += (int) firstTwo(bytes) + (int) firstTwo(null) * 3 + checkedLength(values, k % 5) * 7;
    total += lengthOr(null, true) * 11 + lengthOr(values, false) * 13;
    try {
        checkName(null);
    } catch (IllegalArgumentException e) {
        total += 1000;
    }
    return total;
}
