import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class Shuffle {
    static long shuffle(int[] values) {
        List<Integer> out = new ArrayList<>();
        for (int v : values) {
            out.add(Math.floorMod(v, 100));
        }
        out.add(7);
        out.add(0, out.remove(out.size() - 1));
        out.add(1);
        out.add(2);
        Collections.sort(out);
        Collections.reverse(out);
        int position = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == 7) {
                position = i;
                break;
            }
        }
        if (position < 0) {
            throw new IllegalArgumentException("list.index(x): x not in list");
        }
        List<Integer> joined = new ArrayList<>();
        for (int item : out) {
            joined.add(item);
        }
        joined.add(position);
        joined.add(Collections.frequency(out, 1));
        List<Integer> both = joined;
        int a1 = out.size();
        return both.stream().mapToInt(Integer::intValue).asLongStream().sum() + ((long) a1 * 3 + out.get(0));
    }

    static long overlap(int[] a, int[] b) {
        Set<Integer> x = new HashSet<>();
        Set<Integer> y = new HashSet<>();
        Set<Integer> elements = new HashSet<>();
        for (int item : a) {
            elements.add(item);
        }
        Set<Integer> elements1 = new HashSet<>();
        for (int item1 : b) {
            elements1.add(item1);
        }
        x = elements;
        y = elements1;
        x.add(1);
        x.remove(2);
        Map<Integer, Integer> doubled = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            doubled.put(i, i * 2);
        }
        Set<Integer> union = new HashSet<>();
        for (int item2 : x) {
            union.add(item2);
        }
        for (int item3 : y) {
            union.add(item3);
        }
        Set<Integer> intersection = new HashSet<>();
        for (int item4 : x) {
            if (y.contains(item4)) {
                intersection.add(item4);
            }
        }
        Set<Integer> difference = new HashSet<>();
        for (int item5 : x) {
            if (!y.contains(item5)) {
                difference.add(item5);
            }
        }
        return (long) union.size() * 100 + (long) intersection.size() * 10 + difference.size() + doubled.getOrDefault(2, 0);
    }

    static BigInteger entry(int[] a, int[] b) {
        return BigInteger.valueOf(shuffle(a)).multiply(BigInteger.valueOf(1000)).add(BigInteger.valueOf(overlap(a, b)));
    }
}
