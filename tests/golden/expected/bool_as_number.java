public class BoolAsNumber {
    static int bool_as_number(int a, int b) {
        int s = 0;
        s += a < b ? 1 : 0;
        s -= a == b ? 1 : 0;
        long q = 10L;
        q *= a != b ? 1 : 0;
        s += -(a > b ? 1 : 0) + ~(a <= b ? 1 : 0) + ((a >= b ? 1 : 0) << 3);
        return s * 100 + (int) q;
    }
}
