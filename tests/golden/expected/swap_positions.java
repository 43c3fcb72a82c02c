public class PlaceAll {
    static int place_all(int[] a, int n) {
        for (int i = 0; i < n; i++) {
            while (a[i] != i) {
                int index = a[i];
                int temp = a[i];
                a[i] = a[index];
                a[index] = temp;
            }
        }
        int code = 0;
        for (int i = 0; i < n; i++) {
            code = code * 10 + a[i];
        }
        return code;
    }
}
