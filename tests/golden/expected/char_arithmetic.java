public class ShiftedHash {
    static int shifted_hash(String s, int k) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            char d = (char) ('a' + (s.charAt(i) - 'a' + k) % 26);
            total = (total * 31 + d) % 1000003;
            if (Character.isDigit(s.charAt(i))) {
                total += s.charAt(i) - '0';
            }
        }
        return total;
    }
}
