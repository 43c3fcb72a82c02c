public class Build {
    static String build(int n) {
        String s = "";
        for (int i = 0; i < n; i++) {
            s += (char) ('a' + i % 26);
            if (i % 3 == 0) {
                s += "-";
            }
        }
        s += '!';
        return s + String.valueOf(n);
    }
}
