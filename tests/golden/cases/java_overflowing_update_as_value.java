static int fill(char[] path, int p) {
    for (int i = 0; i < path.length; i++) {
        if (i % 2 == 0) {
            path[p++ & 3] = '/';
        }
    }
    return p;
}

static int bump(int[] val) {
    int lastSum = 0;
    for (int i = val.length - 1; i >= 0 && lastSum == 0; i--)
        lastSum = (val[i] += 1);
    return lastSum;
}

static String cut(String attribute) {
    int pos = attribute.indexOf(':');
    if (pos == -1) {
        return attribute;
    }
    String s = attribute.substring(0, pos++);
    return s + "|" + attribute.substring(pos);
}

static int pre(int n, int k) {
    int total = ++n * 2;
    if ((k += n) > 10) return total + k;
    return n--;
}

static int overflowingUpdates(int n, int k, String s) {
    char[] path = new char[5];
    int[] val = {n, k, -1, -1};
    int[] zero = {0, 0};
    return fill(path, n) + bump(val) + bump(zero) + val[1] + cut(s).length() * 7 + pre(n, k) * 3 + pre(k, n);
}
