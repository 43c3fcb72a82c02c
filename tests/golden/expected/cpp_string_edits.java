public class Edited {
    static String edited(String s, int i) {
        s = s.substring(0, i) + s.substring(i + 1);
        s = s.substring(Math.min(2, s.length()));
        if (s.length() > 3) {
            s = s.substring(0, 1) + s.substring(Math.min(101, s.length()));
        }
        s += '!';
        s = s.substring(0, s.length() - 1);
        s = s.substring(0, s.length() - 1);
        String t = s;
        t = t.substring(0, t.length() / 2);
        return s + "|" + t;
    }
}
