import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Positions {
    static String positions(String s, String sub, int a, int b) {
        // find / rfind / count over s[a:b] with Python's clamping of a and b, an empty sub included
        int begin = a;
        if (begin < 0) {
            begin += s.length();
            if (begin < 0) {
                begin = 0;
            }
        }
        int end = b;
        if (end > s.length()) {
            end = s.length();
        } else if (end < 0) {
            end += s.length();
            if (end < 0) {
                end = 0;
            }
        }
        int found = -1;
        int i = begin;
        while (i + sub.length() <= end) {
            if (s.substring(i, i + sub.length()).equals(sub)) {
                found = i;
                break;
            }
            i += 1;
        }
        int first = found;
        int begin1 = a;
        if (begin1 < 0) {
            begin1 += s.length();
            if (begin1 < 0) {
                begin1 = 0;
            }
        }
        int end1 = b;
        if (end1 > s.length()) {
            end1 = s.length();
        } else if (end1 < 0) {
            end1 += s.length();
            if (end1 < 0) {
                end1 = 0;
            }
        }
        int found1 = -1;
        int i1 = end1 - sub.length();
        while (i1 >= begin1) {
            if (s.substring(i1, i1 + sub.length()).equals(sub)) {
                found1 = i1;
                break;
            }
            i1 -= 1;
        }
        int last = found1;
        int begin2 = a;
        if (begin2 < 0) {
            begin2 += s.length();
            if (begin2 < 0) {
                begin2 = 0;
            }
        }
        int end2 = b;
        if (end2 > s.length()) {
            end2 = s.length();
        } else if (end2 < 0) {
            end2 += s.length();
            if (end2 < 0) {
                end2 = 0;
            }
        }
        int found2 = 0;
        int i2 = begin2;
        while (i2 + sub.length() <= end2) {
            if (s.substring(i2, i2 + sub.length()).equals(sub)) {
                found2 += 1;
                i2 += sub.length() == 0 ? 1 : sub.length();
            } else {
                i2 += 1;
            }
        }
        int many = found2;
        int begin3 = a;
        if (begin3 < 0) {
            begin3 += s.length();
            if (begin3 < 0) {
                begin3 = 0;
            }
        }
        int end3 = s.length();
        int found3 = -1;
        int i3 = begin3;
        while (i3 + sub.length() <= end3) {
            if (s.substring(i3, i3 + sub.length()).equals(sub)) {
                found3 = i3;
                break;
            }
            i3 += 1;
        }
        int tail = found3;
        int anywhere = s.lastIndexOf(sub);
        int begin4 = a;
        if (begin4 < 0) {
            begin4 += s.length();
            if (begin4 < 0) {
                begin4 = 0;
            }
        }
        int end4 = s.length();
        int found4 = 0;
        int i4 = begin4;
        while (i4 + 1 <= end4) {
            if (s.substring(i4, i4 + 1).equals(".")) {
                found4 += 1;
                i4 += 1;
            } else {
                i4 += 1;
            }
        }
        int dots = found4;
        int cuts_left = a;
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i5 = 0;
        while (i5 + 1 <= s.length() && cuts_left != 0) {
            if (s.substring(i5, i5 + 1).equals(",")) {
                parts.add(s.substring(start, i5));
                i5 += 1;
                start = i5;
                cuts_left -= 1;
            } else {
                i5 += 1;
            }
        }
        parts.add(s.substring(start));
        List<String> left = parts;
        int cuts_left1 = b;
        List<String> parts1 = new ArrayList<>();
        int end5 = s.length();
        int i6 = s.length() - 1;
        while (i6 >= 0 && cuts_left1 != 0) {
            if (s.substring(i6, i6 + 1).equals(",")) {
                parts1.add(s.substring(i6 + 1, end5));
                end5 = i6;
                i6 -= 1;
                cuts_left1 -= 1;
            } else {
                i6 -= 1;
            }
        }
        parts1.add(s.substring(0, end5));
        Collections.reverse(parts1);
        List<String> right = parts1;
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
}
