import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

public class Containers {
    static int containers(int[] arr, int n) {
        Map<Integer, Integer> count = new HashMap<>();
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> st = new ArrayDeque<>();
        Queue<Integer> q = new ArrayDeque<>();
        PriorityQueue<Integer> pq = new PriorityQueue<>(Collections.reverseOrder());
        for (int i = 0; i < n; i++) {
            count.merge(arr[i], 1, Integer::sum);
            seen.add(arr[i]);
            st.push(arr[i]);
            q.add(arr[i] * 2);
            pq.add(arr[i]);
        }
        int result = seen.size() * 1000 + count.getOrDefault(arr[0], 0) * 100;
        if (!st.isEmpty()) {
            result += st.peek();
        }
        if (!q.isEmpty()) {
            result += q.peek();
        }
        result += pq.peek();
        pq.poll();
        if (!pq.isEmpty()) {
            result += pq.peek() * 7;
        }
        if (seen.contains(3)) {
            result += 5;
        }
        return result;
    }
}
