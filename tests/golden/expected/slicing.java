public class Trim {
    static String trim(String s) {
        if (s.length() < 3) {
            String reversed = s;
            reversed = new StringBuilder(reversed).reverse().toString();
            return reversed;
        }
        int begin = Math.min(1, s.length());
        return s.substring(begin, Math.max(Math.max(s.length() - 1, 0), begin)) + s.substring(0, Math.min(2, s.length())) + s.substring(Math.max(s.length() - 2, 0));
    }
}
