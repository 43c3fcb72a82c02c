public class RunsOf {
    static int runs_of(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n += 1;
            }
        }
        return n;
    }
}
