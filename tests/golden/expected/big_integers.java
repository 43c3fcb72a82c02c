import java.math.BigInteger;

public class Factorial {
    static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i < n + 1; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }
}
