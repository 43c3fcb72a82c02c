import java.math.BigInteger;

public class Rounded {
    static BigInteger rounded(double x) {
        return BigInteger.valueOf((long) Math.rint(x)).multiply(BigInteger.TEN).add(BigInteger.valueOf((long) Math.rint(x / 4)));
    }
}
