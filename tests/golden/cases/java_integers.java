class Main {

    static void integers() {
        // 16, 32, 48 and 0 share bucket 0 at capacity 16; 13 elements force a resize to 32
        int[] values = {16, 32, 1, 48, 17, 100, 3, -5, 64, 80, 0, 15, 31, 7, 16, 32};
        HashSet<Integer> s = new HashSet<>();
        for (int v : values) s.add(v);
        s.remove(48);
        s.remove(999);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        System.out.println((int) s.toArray()[s.size() - 1]);
        System.out.printf("first %d of %d: 100%%%n", (int) s.toArray()[0], s.size());
    }

    static void strings() {
        // "Aa" and "BB" have the same String.hashCode
        String[] words = {"pear", "Aa", "BB", "apple", "", "fig", "kiwi", "AaAa", "BBBB", "AaBB", "z"};
        HashSet<String> s = new HashSet<>();
        for (String w : words) s.add(w);
        s.remove("fig");
        for (String w : s) System.out.print("[" + w + "]");
        System.out.println();
    }

    static void counts() {
        int[] values = {5, 21, 37, 5, 53, 21, 69, 85, 101, 117, 133, 149, 165, 181, 197, 5, -16, 1 << 16};
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int v : values) m.put(v, m.getOrDefault(v, 0) + 1);
        m.remove(53);
        for (int k : m.keySet()) System.out.print(k + " ");
        System.out.println();
        for (Map.Entry<Integer, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + " ");
        System.out.println();
        for (int v : m.values()) System.out.print(v + " ");
        System.out.println();
        // merge puts a new key at the head of its bucket ("be" and "or" share one), put at the tail
        String[] words = {"to", "be", "or", "not", "to", "be", "that", "is", "the", "question", "Aa", "BB"};
        HashMap<String, Integer> merged = new HashMap<>();
        for (String w : words) merged.merge(w, 1, Integer::sum);
        for (Map.Entry<String, Integer> e : merged.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
    }

    static int firstOdd() {
        // returns from inside the loop: the first key in Java's order with an odd count
        int[] values = {40, 8, 8, 24, 72, 72, 72, 56, 40, 24, 88};
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int v : values) {
            if (m.containsKey(v)) m.put(v, m.get(v) + 1);
            else m.put(v, 1);
        }
        for (Integer k : m.keySet()) {
            if (m.get(k) % 2 != 0) return k;
        }
        return -1;
    }

    static void sized() {
        // a capacity of 3 rounds up to 4; growth then doubles 4 -> 8 -> 16
        HashSet<Integer> s = new HashSet<>(3);
        for (int v = 20; v >= 0; v -= 3) s.add(v);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        s.clear();
        s.add(12);
        s.add(4);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
    }

    static void longsAndChars() {
        long[] big = {-1L, 4294967296L, 1L, -4294967296L, 1L << 40, 123456789012L, 7L};
        HashSet<Long> s = new HashSet<>();
        for (long v : big) s.add(v);
        for (long x : s) System.out.print(x + " ");
        System.out.println();
        HashSet<Character> letters = new HashSet<>();
        String text = "the quick brown fox";
        for (int i = 0; i < text.length(); i++) letters.add(text.charAt(i));
        for (char c : letters) System.out.print(c);
        System.out.println();
    }

    static int sumOnly() {
        // an order-free loop: the set stays a plain unordered_set / set
        int[] values = {9, 4, 4, 1};
        HashSet<Integer> s = new HashSet<>();
        for (int v : values) s.add(v);
        int total = 0;
        for (int x : s) {
            if (x > 1) total += x;
        }
        return total;
    }

}
