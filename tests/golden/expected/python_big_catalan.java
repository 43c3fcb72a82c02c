import java.math.BigInteger;
import java.util.Collections;

public class Catalan {
    static BigInteger catalan(int n) {
        BigInteger[] c = Collections.nCopies((int) Math.max(0L, (long) n + 1), BigInteger.ZERO).toArray(new BigInteger[0]);
        c[0] = BigInteger.ONE;
        for (int i = 1; i < n + 1; i++) {
            for (int j = 0; j < i; j++) {
                c[i] = c[i].add(c[j].multiply(c[pyIndex(i - j - 1, c.length)]));
            }
        }
        return c[n];
    }

    static BigInteger fibonacci(long n) {
        BigInteger[] fib = Collections.nCopies((int) Math.max(0L, n + 2), BigInteger.ZERO).toArray(new BigInteger[0]);
        fib[1] = BigInteger.ONE;
        for (int i = 2; i < (int) (n + 1); i++) {
            fib[i] = fib[i - 1].add(fib[i - 2]);
        }
        return fib[pyIndex((int) n, fib.length)];
    }

    static BigInteger catalan_and_fibonacci(int n) {
        return catalan(n).multiply(BigInteger.valueOf(1000)).add(fibonacci(3L * n + 30).mod(BigInteger.valueOf(1000)));
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
