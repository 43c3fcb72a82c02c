import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class F {
    static int f(int[] arr, int n) {
        List<Integer> v = new ArrayList<>(Arrays.stream(Arrays.copyOfRange(arr, 1, n)).boxed().toList());
        return v.get(0);
    }
}
