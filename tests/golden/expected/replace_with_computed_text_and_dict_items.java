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
        int begin = 1;
        if (begin < 0) {
            begin += s.length();
            if (begin < 0) {
                begin = 0;
            }
        }
        int end = s.length();
        int found = -1;
        int i1 = begin;
        while (i1 + sep.length() <= end) {
            if (s.substring(i1, i1 + sep.length()).equals(sep)) {
                found = i1;
                break;
            }
            i1 += 1;
        }
        int head = found;
        return s + "|" + String.valueOf(cut) + "|" + String.valueOf(head);
    }

    static String run(String s, String old, String new_, String sep) {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(old, new_);
        pairs.put("b", "B");
        return rewrite(s, pairs, sep);
    }
}
