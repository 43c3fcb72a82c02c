public class DescribeBits {
    static String describe_bits(int n, String word) {
        long rest = n < 0 ? -(long) n : (long) n;
        String digits = "";
        do {
            digits = String.valueOf((char) ('0' + (int) (rest % 2L))) + digits;
            rest /= 2L;
        } while (rest > 0L);
        String b = (n < 0 ? "-0b" : "0b") + digits;
        int found = 0;
        for (char c : b.toCharArray()) {
            if (c == '1') {
                found += 1;
            }
        }
        int found1 = 0;
        int i = 0;
        while (i + 2 <= word.length()) {
            if (word.substring(i, i + 2).equals("aa")) {
                found1 += 1;
                i += 2;
            } else {
                i += 1;
            }
        }
        int found2 = 0;
        for (char c1 : word.toCharArray()) {
            if (c1 == 'a') {
                found2 += 1;
            }
        }
        String reversed1 = word;
        reversed1 = new StringBuilder(reversed1).reverse().toString();
        String joined = "";
        for (char item : reversed1.toCharArray()) {
            joined += item;
        }
        long rest1 = n < 0 ? -(long) n : (long) n;
        String digits1 = "";
        do {
            digits1 = String.valueOf((char) ('0' + (int) (rest1 % 2L))) + digits1;
            rest1 /= 2L;
        } while (rest1 > 0L);
        String text = (n < 0 ? "-0b" : "0b") + digits1;
        return b + '|' + String.valueOf(found) + '|' + String.valueOf(found1) + '|' + String.valueOf(found2) + '|' + joined + '|' + text.substring(Math.min(2, text.length()));
    }
}
