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
            int cuts_left = 1;
            List<String> parts = new ArrayList<>();
            int end = target.length();
            int i = target.length() - 1;
            while (i >= 0 && cuts_left != 0) {
                if (target.substring(i, i + 1).equals(".")) {
                    parts.add(target.substring(i + 1, end));
                    end = i;
                    i -= 1;
                    cuts_left -= 1;
                } else {
                    i -= 1;
                }
            }
            parts.add(target.substring(0, end));
            Collections.reverse(parts);
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
        int i1 = 0;
        while (i1 + 1 <= tail.length()) {
            if (tail.substring(i1, i1 + 1).equals(":")) {
                parts1.add(tail.substring(start, i1));
                i1 += 1;
                start = i1;
            } else {
                i1 += 1;
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
}
