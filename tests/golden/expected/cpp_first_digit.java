public class FirstDigit {
    static int first_digit(String s) {
        return s.length() > 0 ? s.charAt(0) - '0' : -1;
    }

    static int is_even(int x) {
        return x % 2 == 0 ? 1 : 0;
    }

    static int twice_even(int x) {
        return is_even(x) + is_even(x + 2);
    }

    static void overwrite(char[] s) {
        int n = s.length;
        s[0] = 'x';
    }
}
