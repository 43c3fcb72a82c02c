import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Positions {
    static String positions(String s, String sub, int a, int b) {
        // find / rfind / count over s[a:b] with Python's clamping of a and b, an empty sub included
        int first = pyFind(s, sub, a, b);
        int last = pyRfind(s, sub, a, b);
        int many = pyCount(s, sub, a, b);
        int tail = pyFind(s, sub, a, Integer.MAX_VALUE);
        int anywhere = s.lastIndexOf(sub);
        int dots = pyCount(s, ".", a, Integer.MAX_VALUE);
        int cuts_left = a;
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i + 1 <= s.length() && cuts_left != 0) {
            if (s.substring(i, i + 1).equals(",")) {
                parts.add(s.substring(start, i));
                i += 1;
                start = i;
                cuts_left -= 1;
            } else {
                i += 1;
            }
        }
        parts.add(s.substring(start));
        List<String> left = parts;
        List<String> right = pyRsplit(s, ",", b);
        boolean pre = (s.length() >= 2 && s.substring(0, 2).equals("ab")) || (s.length() >= 1 && s.substring(0, 1).equals("x")) || (s.length() >= sub.length() && s.substring(0, sub.length()).equals(sub));
        boolean post = (s.length() >= 1 && s.substring(s.length() - 1).equals("z")) || (s.length() >= sub.length() && s.substring(s.length() - sub.length()).equals(sub));
        boolean started = false;
        String joined = "";
        for (String item : left) {
            if (started) {
                joined += "|";
            }
            started = true;
            joined += item;
        }
        boolean started1 = false;
        String joined1 = "";
        for (String item1 : right) {
            if (started1) {
                joined1 += "|";
            }
            started1 = true;
            joined1 += item1;
        }
        return String.valueOf(first) + " " + String.valueOf(last) + " " + String.valueOf(many) + " " + String.valueOf(tail) + " " + String.valueOf(anywhere) + " " + String.valueOf(dots) + " [" + joined + "] [" + joined1 + "] " + (pre ? "True" : "False") + " " + (post ? "True" : "False");
    }

    static ArrayList<String> pyRsplit(String s, String sep, int maxsplit) {
        // Python's s.rsplit(sep, maxsplit) of a non-empty sep: at most maxsplit cuts (none below 0),
        // from the right
        ArrayList<String> parts = new ArrayList<>();
        int end = s.length();
        int i = end - sep.length();
        while (i >= 0 && maxsplit != 0) {
            if (s.startsWith(sep, i)) {
                parts.add(s.substring(i + sep.length(), end));
                end = i;
                i -= sep.length();
                maxsplit--;
            } else {
                i--;
            }
        }
        parts.add(s.substring(0, end));
        Collections.reverse(parts);
        return parts;
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
