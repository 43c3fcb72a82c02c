public class OddParity {
    static boolean odd_parity(int n) {
        int parity = 0;
        while (n != 0) {
            parity = ~parity;
            n = n & (n - 1);
        }
        return parity != 0;
    }
}
