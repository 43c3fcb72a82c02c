import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class EditAll {
    static String edit_all(int[] arr, int n, String s) {
        List<Integer> v = new ArrayList<>(Arrays.stream(arr).boxed().toList());
        v.remove((int) 1);
        v.add(2, 99);
        v.remove((int) 0);
        List<AbstractMap.SimpleEntry<Integer, Integer>> pairs = new ArrayList<>();
        pairs.add(new AbstractMap.SimpleEntry<>(v.get(0), 5));
        pairs.add(new AbstractMap.SimpleEntry<>(6, v.get(v.size() - 1)));
        Arrays.sort(arr);
        boolean found = Arrays.stream(arr).anyMatch(element -> element == 7);
        s = s.substring(0, 1) + "ab" + s.substring(1);
        s = String.valueOf('z').repeat(2) + s;
        s = s.substring(0, s.length()) + String.valueOf('.').repeat(1) + s.substring(s.length());
        int total = pairs.get(0).getKey() + pairs.get(1).getValue() + (found ? 1 : 0);
        for (int x : v) {
            total = total * 7 + x;
        }
        return s + String.valueOf(total);
    }
}
