import java.util.ArrayList;
import java.util.List;

public class Halves {
    static int halves(int[] arr, int n, int k) {
        List<Integer> part = new ArrayList<>();
        for (int k1 = 0; k1 < (k < 0 ? Math.max(k + arr.length, 0) : Math.min(k, arr.length)); k1++) {
            part.add(arr[k1]);
        }
        List<Integer> head = part;
        List<Integer> part1 = new ArrayList<>();
        for (int k2 = k < 0 ? Math.max(k + arr.length, 0) : Math.min(k, arr.length); k2 < arr.length; k2++) {
            part1.add(arr[k2]);
        }
        List<Integer> tail = part1;
        int begin = Math.min(1, arr.length);
        List<Integer> part2 = new ArrayList<>();
        for (int k3 = begin; k3 < Math.max(Math.max(arr.length - 1, 0), begin); k3++) {
            part2.add(arr[k3]);
        }
        List<Integer> mid = part2;
        int total = 0;
        for (int v : head) {
            total = total * 10 + v;
        }
        int bound = n + 5;
        List<Integer> part3 = new ArrayList<>();
        for (int k4 = bound < 0 ? Math.max(bound + arr.length, 0) : Math.min(bound, arr.length); k4 < arr.length; k4++) {
            part3.add(arr[k4]);
        }
        return total * 10000 + tail.size() * 100 + mid.size() * 10 + part3.size();
    }
}
