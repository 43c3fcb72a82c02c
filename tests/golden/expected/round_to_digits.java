import java.math.BigDecimal;

public class Ratio {
    static double ratio(double a, double b) {
        return pyRound(a / b, 3) + pyRound(a, 2);
    }

    static double pyRound(double x, int digits) {
        // Python's round(x, digits) of a double (digits >= 0): the exact binary value rounded to that
        // many decimals, halves to even, read back as the nearest double; nan, inf and the sign of a
        // zero kept (x * 10**digits could overflow or round first)
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double r = new java.math.BigDecimal(x).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }
}
