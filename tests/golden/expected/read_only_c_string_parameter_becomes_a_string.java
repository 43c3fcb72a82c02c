public class PairsDivisibleBy4 {
    static int pairs_divisible_by_4(String s) {
        int n = s.length();
        int count = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (((s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0')) % 4 == 0) {
                count += i + 1;
            }
        }
        return count;
    }
}
