public class WrapSum {
    static int wrap_sum(int[] arr, int n) {
        int total = 0;
        int[] prev = new int[Math.max(0, n)];
        for (int i = 0; i < n; i++) {
            prev[pyIndex(i - 1, prev.length)] = arr[i];
            total = total * 10 + arr[pyIndex(i - 1, arr.length)];
        }
        return total + prev[n - 1];
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
