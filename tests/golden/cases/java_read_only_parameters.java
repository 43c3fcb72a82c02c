static boolean charMatch(CharSequence text, int start, int end, char c) {
    return (start >= 0 && end == start + 1 && text.charAt(start) == c);
}

static boolean anyEqual(Collection<String> these, Collection<String> those) {
    for (String a : these) {
        for (String b : those) {
            if (a.equalsIgnoreCase(b)) {
                return true;
            }
        }
    }
    return these.isEmpty() && those.size() > 2 && those.contains("x");
}

static boolean both(String s, String t) {
    List<String> names = new ArrayList<>();
    names.add(t);
    names.add("b");
    List<String> others = new ArrayList<>();
    others.add(s);
    return charMatch(s, 0, 1, 'a') && anyEqual(names, others) || anyEqual(new ArrayList<String>(), names);
}
