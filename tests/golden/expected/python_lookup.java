static int lookup(Map<String, Integer> d, String key) {
    return d.getOrDefault(key, -1);
}
