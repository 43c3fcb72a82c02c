import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SquaresSum {
    static int squares_sum(int n, String s) {
        List<Integer> v = new ArrayList<>(Collections.nCopies(n, 0));
        String copy = s;
        for (int i = 0; i < n; i++) {
            v.set(i, i * i);
        }
        List<Integer> w = new ArrayList<>(v);
        w.add(copy.length());
        int total = 0;
        for (int x : w) {
            total += x;
        }
        return total + v.size();
    }
}
