public class DigitSumDivisible {
    static boolean digit_sum_divisible(String str, int k) {
        if (str.length() == 0) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < str.length(); i++) {
            sum += str.charAt(i) - '0';
        }
        return sum % k == 0 && sum > 0;
    }
}
