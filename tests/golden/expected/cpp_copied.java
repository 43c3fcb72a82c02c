import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class Copied {
    static void copied() {
        List<Integer> a = new ArrayList<>(Arrays.asList(1, 2, 3));
        List<Integer> b = new ArrayList<>(a);
        b.set(0, 7);
        Set<Integer> s = new TreeSet<>();
        s.add(4);
        Set<Integer> u = new TreeSet<>(s);
        u.add(9);
        List<Integer> c = new ArrayList<>();
        c = new ArrayList<>(a);
        c.add(8);
        System.out.println(String.valueOf(a.get(0)) + " " + b.get(0) + " " + s.size() + " " + u.size() + " " + a.size() + " " + c.size());
        Map<Integer, Integer> m = new TreeMap<>();
        m.put(1, 2);
        Map<Integer, Integer> n = new TreeMap<>(m);
        n.put(3, 4);
        Map<Integer, Integer> h = new HashMap<>();
        h.put(5, 6);
        Map<Integer, Integer> g = new HashMap<>(h);
        g.put(7, 8);
        System.out.println(String.valueOf(m.size()) + " " + n.size() + " " + n.getOrDefault(1, 0) + " " + h.size() + " " + g.size() + " " + g.getOrDefault(5, 0));
    }
}
