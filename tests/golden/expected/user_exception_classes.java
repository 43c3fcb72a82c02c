import java.math.BigInteger;

public class ParseNumber {
    static BigInteger parse_number(String s, int limit) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException();
        }
        if (s.length() > limit) {
            throw new ArithmeticException("more than " + String.valueOf(limit) + " digits");
        }
        BigInteger total = BigInteger.ZERO;
        for (char ch : s.toCharArray()) {
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("not a digit: " + String.valueOf(ch));
            }
            total = total.multiply(BigInteger.TEN).add(BigInteger.valueOf((int) ch - (int) '0'));
        }
        return total;
    }

    static BigInteger checked_sum(String a, String b) {
        // user exception classes: caught by the standard exceptions they derive from
        BigInteger total = BigInteger.ZERO;
        for (String s : new String[] {a, b}) {
            try {
                total = total.add(parse_number(s, 6));
            } catch (IllegalArgumentException e) {
                total = total.add(BigInteger.valueOf(1000000));
            } catch (ArithmeticException e1) {
                total = total.add(BigInteger.valueOf(2000000));
            }
        }
        return total;
    }
}
