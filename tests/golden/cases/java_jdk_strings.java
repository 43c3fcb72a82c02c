static int bang(String spec) {
    int i = spec.lastIndexOf('!', spec.length() + 2);
    while (i != -1) {
        if ((i != (spec.length() - 1)) && (spec.charAt(i + 1) == '/')) {
            return i + 1;
        } else {
            i = spec.lastIndexOf('!', i - 1);
        }
    }
    return -1;
}

static boolean sameTail(String a, String b) {
    int i1 = a.lastIndexOf('.') + 1;
    int i2 = b.lastIndexOf('.') + 1;
    int n1 = a.length() - i1;
    int n2 = b.length() - i2;
    return n1 == n2 && a.regionMatches(i1, b, i2, n1);
}

static String xmlName(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0)))
        name = "_" + name;
    return name.replaceAll("[^A-Za-z_0-9]", "_").replaceAll("_{2,}", "-");
}

static int exact(long v, double x, double y) {
    int r = Math.toIntExact(v / 3);
    return r + (int) Math.IEEEremainder(x, y);
}

static boolean same(String a, String b, int[] arr) {
    return Objects.equals(a, b);
}

static String jdkStrings(String a, String b, long v) {
    return bang(a) + " " + bang(b) + " " + sameTail(a, b) + " " + xmlName(a) + " " + xmlName(b) + " "
        + exact(v, v * 1.5, 4.0) + " " + same(a, b, new int[0]);
}
