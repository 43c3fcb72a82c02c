public class StartsAndEnds {
    static int starts_and_ends(String text, int k) {
        int count = 0;
        for (int i = 0; i < text.length() + 1; i++) {
            String piece = text.substring(i);
            if (piece.length() > 0 && (piece.charAt(0) == 'a' || (k >= -piece.length() && k < piece.length()))) {
                if (piece.charAt(0) == 'a' || piece.charAt(k < 0 ? k + piece.length() : k) == 'z') {
                    count += 1;
                }
            } else {
                count += 100;
            }
        }
        return count;
    }
}
