public class StartsAndEnds {
    static int starts_and_ends(String text, int k) {
        int count = 0;
        for (int i = 0; i < text.length() + 1; i++) {
            String piece = text.substring(i);
            if (piece.length() > 0 && (piece.charAt(0) == 'a' || (k >= -piece.length() && k < piece.length()))) {
                if (piece.charAt(0) == 'a' || piece.charAt(pyIndex(k, piece.length())) == 'z') {
                    count += 1;
                }
            } else {
                count += 100;
            }
        }
        return count;
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
