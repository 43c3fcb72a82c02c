static int firstPair(int[] a, int t) {
    int found = -1;
    outer:
    for (int i = 0; i < a.length; i++) {
        for (int j = i + 1; j < a.length; j++) {
            if (a[j] < 0) continue outer;
            if (a[i] + a[j] == t) {
                found = i * 100 + j;
                break outer;
            }
        }
    }
    return found;
}

static int countRows(int n, int limit) {
    int count = 0;
    rows:
    while (count < 100) {
        for (int k = 0; k < n; k++) {
            count += k;
            if (count > limit) break rows;
            if (k % 3 == 2) continue rows;
        }
        count++;
    }
    return count;
}

static String kind(String s) {
    switch (s) {
        case "a":
            return "one";
        case "aaaa":
        case " ":
            return "two";
        default:
            return "other";
    }
}

static int labelled(int n, int limit) {
    return countRows(n, limit) * 1000 + firstPair(new int[] {3, -1, 4, 5, 2}, n) + kind(n % 2 == 0 ? "a" : " ").length();
}
