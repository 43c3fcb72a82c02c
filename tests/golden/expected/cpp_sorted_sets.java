import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class SortedSets {
    static void sorted_sets() {
        Set<Integer> s = new TreeSet<>();
        int[] values = new int[] {5, -3, 10, -20, 5, 0, -2147483647};
        for (int v : values) {
            s.add(v);
        }
        s.remove(10);
        for (int x : s) {
            System.out.print(String.valueOf(x) + " ");
        }
        System.out.println();
        List<Integer> v = new ArrayList<>(s);
        System.out.println(String.valueOf(v.get(0)) + " " + v.get(v.size() - 1) + " " + Collections.min(s) + " " + Collections.max(s));
        for (int it : s) {
            System.out.print(String.valueOf(it) + ",");
        }
        System.out.println();
        Set<String> words = new TreeSet<>();
        words.add("pear");
        words.add("Zed");
        words.add("");
        words.add("apple");
        words.add("ab");
        for (String w : words) {
            System.out.print("[" + w + "]");
        }
        System.out.println();
    }

    static void sorted_maps() {
        Map<Integer, Integer> counts = new TreeMap<>();
        int[] values = new int[] {9, -4, 9, 100, 7, -4, 9, -33};
        for (int v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        counts.remove(100);
        for (Map.Entry<Integer, Integer> p : counts.entrySet()) {
            System.out.print(String.valueOf(p.getKey()) + "=" + p.getValue() + " ");
        }
        System.out.println();
        for (Map.Entry<Integer, Integer> it : counts.entrySet()) {
            System.out.print(String.valueOf(it.getKey()) + ":" + it.getValue() + " ");
        }
        System.out.println();
        List<AbstractMap.SimpleEntry<Integer, Integer>> items = new ArrayList<>(counts.entrySet().stream().map(AbstractMap.SimpleEntry::new).toList());
        System.out.println(String.valueOf(items.get(0).getKey()) + " " + items.get(items.size() - 1).getValue());
        Map<String, Integer> lengths = new TreeMap<>();
        lengths.put("pear", 4);
        lengths.put("Zed", 3);
        lengths.put("apple", 5);
        lengths.put("", 0);
        for (Map.Entry<String, Integer> p : lengths.entrySet()) {
            System.out.print("[" + p.getKey() + "]" + p.getValue());
        }
        System.out.println();
    }

    static void sorted_pairs() {
        Set<AbstractMap.SimpleEntry<Integer, Integer>> s = new TreeSet<>(Comparator.comparing(AbstractMap.SimpleEntry<Integer, Integer>::getKey).thenComparing(AbstractMap.SimpleEntry<Integer, Integer>::getValue));
        int[] values = new int[] {7, -2, 4, 7, -9, 12, 0};
        for (int v : values) {
            s.add(new AbstractMap.SimpleEntry<>(v % 3, v));
        }
        for (AbstractMap.SimpleEntry<Integer, Integer> p : s) {
            System.out.print(String.valueOf(p.getKey()) + "/" + p.getValue() + " ");
        }
        System.out.println();
        Map<AbstractMap.SimpleEntry<Integer, Integer>, Integer> m = new TreeMap<>(Comparator.comparing(AbstractMap.SimpleEntry<Integer, Integer>::getKey).thenComparing(AbstractMap.SimpleEntry<Integer, Integer>::getValue));
        m.put(new AbstractMap.SimpleEntry<>(1, 2), 3);
        m.put(new AbstractMap.SimpleEntry<>(-1, 5), 4);
        m.put(new AbstractMap.SimpleEntry<>(1, -2), 5);
        for (Map.Entry<AbstractMap.SimpleEntry<Integer, Integer>, Integer> e : m.entrySet()) {
            System.out.print(String.valueOf(e.getKey().getKey()) + "," + e.getKey().getValue() + "=" + e.getValue() + " ");
        }
        System.out.println();
    }
}
