import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Grow {
    static int grow(int n) {
        List<Integer> values = new ArrayList<>(Collections.nCopies(n, 0));
        for (int i = 0; i < n; i++) {
            values.set(i, i * i);
        }
        values.add(7);
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
