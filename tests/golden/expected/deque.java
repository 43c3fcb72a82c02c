import java.util.ArrayDeque;
import java.util.Deque;

public class RotateFront {
    static int rotate_front(int[] arr, int n, int k) {
        Deque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            d.addLast(arr[i]);
        }
        for (int i1 = 0; i1 < k; i1++) {
            d.addLast(d.pollFirst());
        }
        return d.pollFirst();
    }
}
