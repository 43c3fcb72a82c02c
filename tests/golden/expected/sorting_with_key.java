import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class ClosestToZero {
    static int closest_to_zero(int[] arr, int n) {
        List<Integer> ordered = new ArrayList<>();
        for (int i = 0; i < arr.length; i++) {
            ordered.add(arr[i]);
        }
        ordered.sort((a, b) -> Math.abs(a) < Math.abs(b) ? -1 : Math.abs(b) < Math.abs(a) ? 1 : 0);
        int[] largest = new int[arr.length];
        for (int i1 = 0; i1 < arr.length; i1++) {
            largest[i1] = arr[i1];
        }
        Arrays.sort(largest);
        for (int i2 = 0, j = largest.length - 1; i2 < j; i2++, j--) {
            int temp = largest[i2];
            largest[i2] = largest[j];
            largest[j] = temp;
        }
        return ordered.get(0) * 1000 + largest[0];
    }
}
