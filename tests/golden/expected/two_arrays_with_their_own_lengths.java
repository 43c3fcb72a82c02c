import java.util.Arrays;

public class LargestOfEach {
    static int largest_of_each(int[] a, int[] b, int m, int n) {
        Arrays.sort(a);
        Arrays.sort(b);
        return a[m - 1] * 1000 + b[n - 1];
    }
}
