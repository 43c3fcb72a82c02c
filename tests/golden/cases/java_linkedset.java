class Main {

    static void linkedSet() {
        LinkedHashSet<Integer> s = new LinkedHashSet<>();
        int[] values = {50, 3, -7, 16, 3, 0, 99, 1 << 20, 16, -1};
        for (int v : values) s.add(v);
        s.remove(16);
        s.remove(12345);
        s.add(16);
        s.add(50);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        List<Integer> copy = new ArrayList<>(s);
        System.out.println(copy.get(0) + " " + copy.get(copy.size() - 1) + " " + s.size());
        Set<String> words = new LinkedHashSet<>();
        for (String w : new String[] {"pear", "Aa", "BB", "apple", "pear", "", "fig"}) words.add(w);
        words.remove("Aa");
        words.add("Aa");
        for (String w : words) System.out.print("[" + w + "]");
        System.out.println();
        System.out.println(firstOf(words));
    }

    static String firstOf(Set<String> words) {
        for (String w : words) return w;
        return "none";
    }

    static void linkedMap() {
        LinkedHashMap<String, Integer> m = new LinkedHashMap<>();
        m.put("pear", 1);
        m.put("apple", 2);
        m.put("fig", 3);
        m.put("Aa", 4);
        m.remove("pear");
        m.put("pear", 5);
        m.put("apple", 6);
        for (Map.Entry<String, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + " ");
        System.out.println();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        int[] values = {9, -4, 9, 100, 7, -4, 9, 33};
        for (int v : values) counts.put(v, counts.getOrDefault(v, 0) + 1);
        counts.remove(100);
        counts.put(100, 0);
        for (int k : counts.keySet()) System.out.print(k + " ");
        System.out.println();
        for (int c : counts.values()) System.out.print(c + " ");
        List<Integer> keys = new ArrayList<>(counts.keySet());
        System.out.println(keys.get(0) + " " + keys.get(keys.size() - 1));
    }

    static void sortedContainers() {
        TreeSet<Integer> s = new TreeSet<>();
        int[] values = {5, -3, 10, -20, 5, 0, Integer.MIN_VALUE};
        for (int v : values) s.add(v);
        s.remove(10);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        List<Integer> copy = new ArrayList<>(s);
        System.out.println(copy.get(1) + " " + s.first() + " " + s.last());
        TreeMap<String, Integer> m = new TreeMap<>();
        for (String w : new String[] {"pear", "Zed", "apple", "", "ab", "a"}) m.put(w, w.length());
        for (String k : m.keySet()) System.out.print("[" + k + "]");
        System.out.println();
        for (int v : m.values()) System.out.print(v + " ");
        List<Integer> lengths = new ArrayList<>(m.values());
        System.out.println(lengths.get(0) + " " + lengths.get(lengths.size() - 1));
        TreeMap<Integer, Integer> byKey = new TreeMap<>();
        for (int v : values) byKey.put(v, v % 7);
        for (Map.Entry<Integer, Integer> e : byKey.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
    }

    static LinkedHashSet<Integer> order = new LinkedHashSet<>();

    static Map<String, Integer> build(String[] words) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String w : words) m.put(w, m.getOrDefault(w, 0) + 1);
        return m;
    }

    static void copies() {
        // a linked map returned by a method, copies between linked, hash and sorted sets, a field
        String[] words = {"z", "b", "z", "a", "Aa", "BB"};
        Map<String, Integer> m = build(words);
        for (String k : m.keySet()) System.out.print(k + m.get(k) + " ");
        System.out.println();
        LinkedHashSet<Integer> l = new LinkedHashSet<>();
        for (int v : new int[] {30, -2, 17, 30, 4, 64}) l.add(v);
        HashSet<Integer> h = new HashSet<>(l);
        for (int x : h) System.out.print(x + " ");
        System.out.println();
        TreeSet<Integer> sorted = new TreeSet<>(l);
        HashSet<Integer> fromSorted = new HashSet<>(sorted);
        for (int x : fromSorted) System.out.print(x + " ");
        System.out.println();
        LinkedHashSet<Integer> back = new LinkedHashSet<>(sorted);
        for (int x : back) System.out.print(x + " ");
        System.out.println();
        for (int v : new int[] {8, 1, 8, -9}) order.add(v);
        order.remove(1);
        order.add(1);
        for (int x : order) System.out.print(x + " ");
        System.out.println();
        System.out.println((int) l.toArray()[0] + " " + (int) l.toArray()[l.size() - 1]);
        m.clear();
        m.put("q", 1);
        for (String k : m.keySet()) System.out.print(k);
        System.out.println();
    }

}
