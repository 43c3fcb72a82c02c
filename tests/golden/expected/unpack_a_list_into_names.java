import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Qualified {
    static String qualified(String target) {
        String a = "";
        String b = "";
        String head = "";
        String tail = "";
        // a list unpacked into names: ValueError unless it has exactly that many elements
        try {
            List<String> parts = pyRsplit(target, ".", 1);
            if (parts.size() != 2) {
                throw new IllegalArgumentException("cannot unpack into 2 names");
            }
            head = parts.get(0);
            tail = parts.get(1);
        } catch (IllegalArgumentException e) {
            return "no dot";
        }
        List<String> parts1 = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i + 1 <= tail.length()) {
            if (tail.substring(i, i + 1).equals(":")) {
                parts1.add(tail.substring(start, i));
                i += 1;
                start = i;
            } else {
                i += 1;
            }
        }
        parts1.add(tail.substring(start));
        List<String> words = parts1;
        if (words.size() == 2) {
            if (words.size() != 2) {
                throw new IllegalArgumentException("cannot unpack into 2 names");
            }
            a = words.get(0);
            b = words.get(1);
            return head + '|' + b + '|' + a;
        }
        return head + '|' + tail;
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
}
