public class F {
    static int f(String s) {
        int len = 0;
        for (char c : s.toCharArray()) {
            len += 1;
        }
        return len;
    }
}
