import java.util.ArrayList;
import java.util.List;

public class Walk {
    static int walk(int i, int depth, int[] grid, int limit, int n, List<Integer> seen) {
        if (i >= n || depth > limit) {
            return 0;
        }
        seen.add(i);
        return grid[pyIndex(i, grid.length)] + walk(i + 1, depth + 1, grid, limit, n, seen);
    }

    static int count_paths(int[] grid, int n) {
        List<Integer> seen = new ArrayList<>();
        int limit = n * 2;
        return walk(0, 0, grid, limit, n, seen) * 100 + seen.size();
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
