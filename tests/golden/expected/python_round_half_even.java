import java.math.BigInteger;

public class Rounded {
    static BigInteger rounded(double x) {
        return BigInteger.valueOf(pyLong(Math.rint(x))).multiply(BigInteger.TEN).add(BigInteger.valueOf(pyLong(Math.rint(x / 4))));
    }

    static long pyLong(double x) {
        // Python's int(x) of a double as a long: NaN and an infinity or a value beyond 64 bits throw
        // (ValueError, OverflowError: Python's int would hold it; Java's (long) saturates)
        if (Double.isNaN(x)) throw new ArithmeticException("cannot convert float NaN to integer");
        if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) throw new ArithmeticException("int() beyond 64 bits");
        return (long) x;
    }
}
