public class Bump {
    static void bump(int[] arr, int n) {
        for (int i = 0; i < n; i++) {
            arr[i] += i;
        }
    }
}
