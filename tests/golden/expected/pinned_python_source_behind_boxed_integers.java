import java.util.Arrays;

public class FGold {
    static int f_gold(Integer[] arr, int n) {
        Arrays.sort(arr);
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            if ((int) arr[i] == arr[i + 1]) {
                count += 1;
            }
        }
        return count;
    }
}
