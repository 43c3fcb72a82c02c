import java.util.Arrays;

public class IsSortedAbs {
    static boolean is_sorted_abs(int[] arr, int n) {
        int i = 0;
        boolean[] flags = new boolean[Math.max(0, n)];
        for (int i_ = 1; i_ < n; i_++) {
            i = i_;
            flags[i] = Math.abs(arr[i]) >= Math.abs(arr[i - 1]);
        }
        boolean found = true;
        for (int i2 = 1; i2 < n; i2++) {
            if (!flags[i2]) {
                found = false;
                break;
            }
        }
        return found && Math.min(arr[0], 100) <= Arrays.stream(arr).max().getAsInt();
    }
}
