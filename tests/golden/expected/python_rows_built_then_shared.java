import java.util.ArrayList;
import java.util.List;

public class Grid {
    static long grid(int n) {
        List<Integer> row = new ArrayList<>();
        List<List<Integer>> rows = new ArrayList<>();
        for (int i = 0; i < Math.floorMod(n, 10); i++) {
            row = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                row.add(i * 3 + j);
            }
            rows.add(row);
        }
        long total = 0L;
        for (List<Integer> row_ : rows) {
            row = row_;
            total += (long) row.get(0) * 2 + row.get(row.size() - 1);
        }
        return total + rows.size();
    }
}
