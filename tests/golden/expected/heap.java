import java.util.PriorityQueue;

public class KthSmallest {
    static int kth_smallest(int[] arr, int n, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            heap.add(arr[i]);
        }
        int value = 0;
        for (int i1 = 0; i1 < k; i1++) {
            value = heap.poll();
        }
        return value;
    }
}
