public class ParseNumber {
    static long parse_number(String s, int limit) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException();
        }
        if (s.length() > limit) {
            throw new ArithmeticException("more than " + String.valueOf(limit) + " digits");
        }
        long total = 0L;
        for (char ch : s.toCharArray()) {
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("not a digit: " + String.valueOf(ch));
            }
            total = total * 10 + ((int) ch - (int) '0');
        }
        return total;
    }

    static long checked_sum(String a, String b) {
        // user exception classes: caught by the standard exceptions they derive from
        long total = 0L;
        for (String s : new String[] {a, b}) {
            try {
                total += parse_number(s, 6);
            } catch (IllegalArgumentException e) {
                total += 1000000;
            } catch (ArithmeticException e1) {
                total += 2000000;
            }
        }
        return total;
    }
}
