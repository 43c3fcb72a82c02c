import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Unpaired {
    static int unpaired(String str, int k) {
        List<Character> open = new ArrayList<>();
        for (int i = 0; i < str.length(); i++) {
            char pos_key = str.charAt(i);
            if (open.contains(pos_key)) {
                char again_key = str.charAt(i);
                open.remove((Character) again_key);
            } else {
                open.add(str.charAt(i));
            }
        }
        Map<Integer, Integer> m = new TreeMap<>();
        for (int i = 0; i < k; i++) {
            m.merge(i % 3, i, Integer::sum);
        }
        int it_key = 1;
        if (m.containsKey(it_key)) {
            m.remove(it_key);
        }
        int total = 0;
        for (Map.Entry<Integer, Integer> p : m.entrySet()) {
            total = total * 10 + p.getValue();
        }
        return open.size() * 1000 + total;
    }
}
