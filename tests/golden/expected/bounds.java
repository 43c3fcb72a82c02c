import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class CountBetween {
    static int count_between(int[] arr, int n, int low, int high) {
        Arrays.sort(arr);
        int first = lowerBound(arr, 0, arr.length, low);
        int last = upperBound(arr, 0, arr.length, high);
        List<Long> v = new ArrayList<>(Collections.nCopies(n, 0L));
        for (int i = 0; i < n; i++) {
            v.set(i, (long) arr[i] * 2);
        }
        int tail = lowerBound(v, 1, v.size(), (long) high);
        return (last - first) * 100 + tail;
    }

    static int lowerBound(List<Long> a, int from, int to, long key) {
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (a.get(mid) < key) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    static int lowerBound(int[] a, int from, int to, int key) {
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (a[mid] < key) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    static int upperBound(int[] a, int from, int to, int key) {
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (a[mid] <= key) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }
}
