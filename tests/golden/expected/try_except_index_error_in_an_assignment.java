public class Pick {
    static int pick(int[] arr, int n, int i) {
        int value = 0;
        if (i >= -arr.length && i < arr.length) {
            value = arr[i < 0 ? i + arr.length : i] * 2;
        } else {
            value = -1;
        }
        return value + n;
    }
}
