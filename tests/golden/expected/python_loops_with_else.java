public class SmallestDivisor {
    static int smallest_divisor(int n) {
        int d = 0;
        n = Math.floorMod(n, 1000);
        boolean broke = false;
        for (int d_ = 2; d_ < n; d_++) {
            d = d_;
            if (Math.floorMod(n, d) == 0) {
                broke = true;
                break;
            }
        }
        if (!broke) {
            return n;
        }
        return d;
    }

    static int find_power(int n) {
        int p = 1;
        boolean broke = false;
        while (p < Math.floorMod(n, 100000)) {
            p *= 2;
            if (p == 64) {
                broke = true;
                break;
            }
        }
        if (!broke) {
            return -p;
        }
        return p;
    }

    static long both(int n) {
        return (long) smallest_divisor(n) * 1000 + find_power(n);
    }
}
