public class WrapSum {
    static int wrap_sum(int[] arr, int n) {
        int total = 0;
        int[] prev = new int[n];
        for (int i = 0; i < n; i++) {
            prev[i - 1 < 0 ? i - 1 + prev.length : i - 1] = arr[i];
            total = total * 10 + arr[i - 1 < 0 ? i - 1 + arr.length : i - 1];
        }
        return total + prev[n - 1];
    }
}
