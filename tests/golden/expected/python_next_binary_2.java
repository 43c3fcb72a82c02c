public class NextBinary {
    static String next_binary(String digits) {
        char[] digits1 = digits.toCharArray();
        int i = digits1.length - 1;
        while (i >= 0 && digits1[i] == '1') {
            digits1[i] = '0';
            i -= 1;
        }
        if (i < 0) {
            return '1' + new String(digits1);
        }
        digits1[i] = '1';
        return new String(digits1);
    }
}
