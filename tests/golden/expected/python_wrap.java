public class Wrap {
    static int wrap(int[] arr, int i) {
        return arr[i] + arr.length;
    }
}
