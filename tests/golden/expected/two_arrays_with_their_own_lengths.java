import java.util.Arrays;

public class LargestOfEach {
    static int largest_of_each(int[] a, int[] b, int m, int n) {
        Arrays.sort(a);
        Arrays.sort(b);
        return a[pyIndex(m - 1, a.length)] * 1000 + b[pyIndex(n - 1, b.length)];
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
