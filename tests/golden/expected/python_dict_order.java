import java.util.LinkedHashMap;
import java.util.Map;

public class DictOrder {
    static void dict_order() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int x : new int[] {9, -4, 9, 100, 7, -4, 9, -33, 16}) {
            counts.put(x, counts.getOrDefault(x, 0) + 1);
        }
        counts.remove(9);
        counts.put(9, 5);
        counts.put(7, 0);
        for (int k : counts.keySet()) {
            System.out.println(String.valueOf(k) + " " + counts.getOrDefault(k, 0));
        }
        Map<String, Integer> words = new LinkedHashMap<>();
        for (String w : new String[] {"pear", "Zed", "apple", "", "Aa", "BB"}) {
            words.put(w, w.length());
        }
        for (Map.Entry<String, Integer> entry : words.entrySet()) {
            String w = entry.getKey();
            int n = entry.getValue();
            System.out.println(w + " " + n);
        }
        int total = 0;
        for (int v : counts.values()) {
            total = total * 3 + v;
        }
        System.out.println(total);
    }

    static void counted() {
        // Counter keeps first occurrences in order; a dict of longs reads 0L defaults in Java
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int item : new int[] {5, 3, 5, 12, -7, 3, 3, 8, 40, -7, 22}) {
            counts.merge(item, 1, Integer::sum);
        }
        Map<Integer, Integer> seen = counts;
        for (Map.Entry<Integer, Integer> entry : seen.entrySet()) {
            int k = entry.getKey();
            int v = entry.getValue();
            if (Math.floorMod(v, 2) == 1) {
                System.out.println(k);
                break;
            }
        }
        Map<Integer, Long> squares = new LinkedHashMap<>();
        for (int x : new int[] {70000, -3, 70000, 12}) {
            squares.put(x, (long) x * x);
        }
        long out = 0L;
        for (int k : squares.keySet()) {
            out = out * 3 + squares.getOrDefault(k, 0L);
        }
        System.out.println(out);
    }
}
