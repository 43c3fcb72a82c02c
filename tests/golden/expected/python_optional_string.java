public class ShorterWord {
    static String shorter_word(String a, String b, int limit) {
        String best = null;
        for (String w : new String[] {a, b}) {
            if (w.length() > limit) {
                continue;
            }
            if (best == null || w.length() < best.length()) {
                best = w;
            }
        }
        return best;
    }
}
