import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Edit {
    static String edit(String s) {
        String t = s;
        long p = (long) t.indexOf('a');
        if (p != -1L) {
            t = t.substring(0, (int) p) + "A" + t.substring(Math.min((int) p + 1, t.length()));
        }
        long q = (long) t.indexOf('b', 2);
        if (q != -1L) {
            t = t.substring(0, (int) q) + "<b>" + t.substring(Math.min((int) q + 5, t.length()));
        }
        int last = s.lastIndexOf("ab");
        return t + "|" + String.valueOf(last);
    }

    static int reshape(int[] arr, int n, int k) {
        List<Integer> v = new ArrayList<>(Arrays.stream(arr).boxed().toList());
        int size = v.size() + 2;
        while (v.size() < size) v.add(9);
        while (v.size() > size) v.remove(v.size() - 1);
        int size1 = k % 4;
        while (v.size() < size1) v.add(0);
        while (v.size() > size1) v.remove(v.size() - 1);
        int total = 0;
        for (int x : v) {
            total = total * 10 + x % 10;
        }
        return total * 10 + v.size();
    }

    static int rows(int[] arr, int n, String s, int k) {
        return edit(s).length() * 100000 + reshape(arr, n, k);
    }
}
