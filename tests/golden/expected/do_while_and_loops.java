public class DigitsAndSkips {
    static int digits_and_skips(int n, int[] arr, int m) {
        int count = 0;
        do {
            count++;
            n /= 10;
        } while (n != 0);
        int total = 0;
        for (int i = 0; i < m; i++) {
            if (arr[i] < 0) {
                i++;
                continue;
            }
            total += arr[i];
        }
        int k = 10;
        while (k-- != 0) {
            total += k;
        }
        return count * 1000 + total;
    }
}
