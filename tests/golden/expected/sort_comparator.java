import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class ByAbs {
    static int by_abs(int[] arr, int n) {
        List<Integer> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add(arr[i]);
        }
        v.sort((a, b) -> Math.abs(a) < Math.abs(b) ? -1 : Math.abs(b) < Math.abs(a) ? 1 : 0);
        Arrays.sort(arr);
        for (int i1 = 0, j = arr.length - 1; i1 < j; i1++, j--) {
            int temp = arr[i1];
            arr[i1] = arr[j];
            arr[j] = temp;
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            total = total * 3 + v.get(i) + arr[i] * 5;
        }
        return total;
    }
}
