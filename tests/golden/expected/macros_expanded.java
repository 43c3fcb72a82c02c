public class SumSquares {
    static final int MOD = 1000;

    static int sum_squares(int[] arr, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = (s + arr[i] * arr[i]) % MOD;
        }
        return s;
    }
}
