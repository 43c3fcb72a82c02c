import java.math.BigInteger;

public class ProductMod {
    static final int MOD = 1000000007;

    static int product_mod(int n) {
        long p = 1L;
        for (int i = 1; i < n + 1; i++) {
            p = Math.floorMod(p * i, MOD);
        }
        return (int) p;
    }

    static BigInteger powers(int k) {
        return BigInteger.TWO.pow(k).add(BigInteger.ONE.shiftLeft(k)).add(BigInteger.valueOf(3).pow(k)).subtract(BigInteger.valueOf(product_mod(k)));
    }
}
