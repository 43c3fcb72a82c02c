public class CountBig {
    static int count_big(int[] arr, int n, int k) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (arr[i] > k) {
                c += 1;
            }
        }
        return c;
    }
}
