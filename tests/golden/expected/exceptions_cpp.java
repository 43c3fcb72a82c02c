public class CheckedHalf {
    static int checked_half(int x) {
        if (x % 2 != 0) {
            throw new IllegalArgumentException("odd");
        }
        if (!(x >= -100)) throw new AssertionError("small");
        return x / 2;
    }

    static int first_positive(int[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] > 0) {
                return a[i];
            }
        }
        throw new IndexOutOfBoundsException("none positive");
    }

    static int half_plus_first(int[] a, int n, int x) {
        try {
            return checked_half(x) + first_positive(a, n);
        } catch (IllegalArgumentException e) {
            return -1;
        } catch (Throwable e1) {
            return -2;
        }
    }
}
