public class ModStuff {
    static long mod_stuff(int n, int m) {
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
        long factorial1 = 1L;
        for (int k = 2; k <= n; k++) {
            factorial1 *= k;
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
        return power * 1000 + Math.floorMod(factorial1, m) + power1;
    }
}
