static int total(List<? extends Integer> xs) {
    int s = 0;
    for (int x : xs) s += x;
    return s;
}

static <T> T lastOr(List<? extends T> xs, T otherwise) {
    if (xs.isEmpty()) return otherwise;
    return xs.get(xs.size() - 1);
}

static int count(List<?> xs) {
    return xs.size();
}

static <T> void copyInto(List<? super T> into, List<? extends T> from) {
    for (T x : from) into.add(x);
}

static int wildcards(int n, String s) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < n % 7; i++) numbers.add(i * n);
    List<String> words = new ArrayList<>();
    words.add(s);
    words.add(s + s);
    List<Integer> more = new ArrayList<>();
    copyInto(more, numbers);
    copyInto(more, numbers);
    return total(more) + lastOr(numbers, -1) + lastOr(words, "").length() + count(words) * 100 + count(more);
}
