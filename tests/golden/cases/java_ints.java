class Main {

    static void ints(int[] ops, int[] vals, int n) {
        HashSet<Integer> s = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (ops[i] == 0) s.add(vals[i]);
            else if (ops[i] == 1) s.remove(vals[i]);
            else s.clear();
        }
        for (int x : s) System.out.print(x + " ");
        System.out.println();
    }

    static void words(int capacity, int[] ops, String[] vals, int n) {
        HashSet<String> s = new HashSet<>(capacity);
        for (int i = 0; i < n; i++) {
            if (ops[i] == 0) s.add(vals[i]);
            else s.remove(vals[i]);
        }
        for (String x : s) System.out.print("[" + x + "]");
        System.out.println();
    }

    static void entries(int[] ops, long[] keys, int n) {
        HashMap<Long, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (ops[i] == 0) m.put(keys[i], i);
            else if (ops[i] == 1) m.remove(keys[i]);
            else m.merge(keys[i], i, Integer::sum);
        }
        for (Map.Entry<Long, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + " ");
        System.out.println();
    }

}
