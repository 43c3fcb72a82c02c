static int cmpReversed(int a, int b) {
    Comparator<Integer> c = Comparator.reverseOrder();
    return c.compare(a, b);
}

static int cmpChars(char a, char b) {
    Comparator<Character> c = Comparator.naturalOrder();
    return c.compare(a, b);
}

static <T> void sortWith(List<T> xs, Comparator<? super T> cmp) {
    xs.sort(cmp);
}

static int comparatorValues(int n, int m) {
    List<Integer> xs = new ArrayList<>();
    for (int i = 0; i < 9; i++) xs.add((i * n + m) % 11);
    Comparator<Integer> byLastDigit = (p, q) -> p % 10 - q % 10;
    Collections.sort(xs, byLastDigit.reversed());
    int code = 0;
    for (int x : xs) code = code * 31 + x;
    int[][] rows = new int[6][2];
    for (int i = 0; i < 6; i++) {
        rows[i][0] = (i * m) % 3;
        rows[i][1] = (i * n) % 5;
    }
    Arrays.sort(rows, Comparator.comparingInt((int[] r) -> r[0]).thenComparing(Comparator.comparingInt((int[] r) -> r[1]).reversed()));
    for (int[] r : rows) code = code * 7 + r[0] * 5 + r[1];
    List<String> words = new ArrayList<>();
    words.add("pear");
    words.add("fig");
    words.add("apple");
    words.add("kiwi");
    words.sort(Comparator.comparing(String::length));
    code = code * 3 + words.get(0).length() + words.get(3).charAt(0);
    sortWith(xs, byLastDigit);
    return code + xs.get(0) + cmpReversed(n, m) * 1000 + byLastDigit.compare(n, m);
}
