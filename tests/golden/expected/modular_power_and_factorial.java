import java.math.BigInteger;

public class ModStuff {
    static BigInteger mod_stuff(int n, int m) {
        long power = Math.floorMod(1L, m);
        long square = Math.floorMod(n, m);
        long rest = 13;
        while (rest > 0) {
            if ((rest & 1L) == 1L) {
                power = Math.floorMod(power * square, m);
            }
            square = Math.floorMod(square * square, m);
            rest >>= 1;
        }
        BigInteger factorial1 = BigInteger.ONE;
        for (int k = 2; k <= n; k++) {
            factorial1 = factorial1.multiply(BigInteger.valueOf(k));
        }
        long power1 = Math.floorMod(1L, 7);
        long square1 = Math.floorMod(-n, 7);
        long rest1 = 5;
        while (rest1 > 0) {
            if ((rest1 & 1L) == 1L) {
                power1 = Math.floorMod(power1 * square1, 7);
            }
            square1 = Math.floorMod(square1 * square1, 7);
            rest1 >>= 1;
        }
        return BigInteger.valueOf(power * 1000).add(bigFloorMod(factorial1, BigInteger.valueOf(m))).add(BigInteger.valueOf(power1));
    }

    static java.math.BigInteger bigFloorMod(java.math.BigInteger a, java.math.BigInteger b) {
        // Python's a % b of big integers: the sign of the divisor (mod wants b > 0, remainder a's sign)
        java.math.BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }
}
