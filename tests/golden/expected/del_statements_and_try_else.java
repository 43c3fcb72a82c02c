import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

public class Edit {
    static String edit(int[] a, int i, int j, int k, String key) {
        // del of a list slice (clamped as Python clamps), of a list element (negative counts from the
        // end, out of range raises), of a dict key (a missing one raises); try ... except ... else
        List<Integer> copy = new ArrayList<>();
        for (int i1 = 0; i1 < a.length; i1++) {
            copy.add(a[i1]);
        }
        List<Integer> b = copy;
        int begin = i < 0 ? Math.max(i + b.size(), 0) : Math.min(i, b.size());
        int begin1 = begin;
        int count = Math.max(j < 0 ? Math.max(j + b.size(), 0) : Math.min(j, b.size()), begin) - begin1;
        while (count > 0) {
            b.remove((int) begin1);
            count -= 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        counts.put("x", 1);
        counts.put("y", 2);
        counts.put("zz", 3);
        String outcome = "kept";
        boolean completed = false;
        try {
            if (!counts.containsKey(key)) {
                throw new NoSuchElementException();
            }
            counts.remove(key);
            completed = true;
        } catch (NoSuchElementException e) {
            outcome = "missing";
        }
        if (completed) {
            outcome = "removed " + String.valueOf(counts.size()) + " left";
        }
        if (-b.size() <= k && k < b.size()) {
            int at = k < 0 ? k + b.size() : k;
            if (at < 0 || at >= b.size()) {
                throw new IndexOutOfBoundsException();
            }
            b.remove((int) at);
        }
        if (b.size() > 1) {
            int at1 = b.size() - 1;
            if (at1 < 0 || at1 >= b.size()) {
                throw new IndexOutOfBoundsException();
            }
            b.remove((int) at1);
            int at2 = 0;
            if (at2 < 0 || at2 >= b.size()) {
                throw new IndexOutOfBoundsException();
            }
            b.remove((int) at2);
        }
        List<String> result = new ArrayList<>();
        for (int v : b) {
            result.add(String.valueOf(v));
        }
        boolean started = false;
        String joined = "";
        for (String item : result) {
            if (started) {
                joined += ",";
            }
            started = true;
            joined += item;
        }
        return outcome + ' ' + joined;
    }
}
