static <E> List<E> toList(Collection<E> c) {
    ArrayList<E> list = new ArrayList<E>();
    for (E e : c)
        list.add(e);
    return list;
}

static <T> T pick(List<T> values, int i, T otherwise) {
    if (i < 0 || i >= values.size()) {
        return otherwise;
    }
    T chosen = values.get(i);
    return chosen;
}

static <A, B> B second(A a, B b) {
    A kept = a;
    return b;
}

static int generics(int n, String s) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < n % 10; i++) numbers.add(i * n);
    List<Integer> copied = toList(numbers);
    List<String> words = new ArrayList<>();
    words.add(s);
    return pick(copied, 2, -1) + pick(toList(words), 0, "").length() + second(s, n);
}
