import java.util.LinkedHashMap;
import java.util.Map;

public class Rewrite {
    static String rewrite(String s, Map<String, String> pairs, String sep) {
        // the dict's key and value types come from what the loop body does with them; replace() of a
        // computed (possibly empty) text; rfind/find of a parameter typed by its use
        for (Map.Entry<String, String> entry : pairs.entrySet()) {
            String old = entry.getKey();
            String new_ = entry.getValue();
            String replaced = "";
            if (old.length() == 0) {
                replaced += new_;
                for (char c : s.toCharArray()) {
                    replaced += c;
                    replaced += new_;
                }
            } else {
                int i = 0;
                while (i < s.length()) {
                    if (i + old.length() <= s.length() && s.substring(i, i + old.length()).equals(old)) {
                        replaced += new_;
                        i += old.length();
                    } else {
                        replaced += s.charAt(i);
                        i += 1;
                    }
                }
            }
            s = replaced;
        }
        int cut = s.lastIndexOf(sep);
        int head = pyFind(s, sep, 1, Integer.MAX_VALUE);
        return s + "|" + String.valueOf(cut) + "|" + String.valueOf(head);
    }

    static String run(String s, String old, String new_, String sep) {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(old, new_);
        pairs.put("b", "B");
        return rewrite(s, pairs, sep);
    }

    // Python's str.find / rfind / count over s[start:end] (end Integer.MAX_VALUE when not given):
    // start and end clamp as a slice's do (a negative one counts from the end, end at most the
    // length); nothing is found past the end
    static int pyFind(String s, String sub, int start, int end) {
        int n = s.length();
        long from = start < 0 ? Math.max((long) start + n, 0) : start;
        long to = end < 0 ? Math.max((long) end + n, 0) : Math.min(end, n);
        if (from > n) return -1;
        for (long i = from; i + sub.length() <= to; i++) {
            if (s.startsWith(sub, (int) i)) return (int) i;
        }
        return -1;
    }

    static int pyRfind(String s, String sub, int start, int end) {
        int n = s.length();
        long from = start < 0 ? Math.max((long) start + n, 0) : start;
        long to = end < 0 ? Math.max((long) end + n, 0) : Math.min(end, n);
        if (from > n) return -1;
        for (long i = to - sub.length(); i >= from; i--) {
            if (s.startsWith(sub, (int) i)) return (int) i;
        }
        return -1;
    }

    static int pyCount(String s, String sub, int start, int end) {
        // occurrences that do not overlap, from the left; an empty sub is at every place
        int n = s.length();
        long from = start < 0 ? Math.max((long) start + n, 0) : start;
        long to = end < 0 ? Math.max((long) end + n, 0) : Math.min(end, n);
        if (from > n) return 0;
        if (sub.isEmpty()) return from <= to ? (int) (to - from + 1) : 0;
        int found = 0;
        for (long i = from; i + sub.length() <= to;) {
            if (s.startsWith(sub, (int) i)) {
                found++;
                i += sub.length();
            } else {
                i++;
            }
        }
        return found;
    }
}
