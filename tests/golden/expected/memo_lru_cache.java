import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

public class GridPaths {
    static Map<Integer, Map<Integer, BigInteger>> grid_paths_cache = new HashMap<>();
    static Map<String, Long> best_split_cache = new HashMap<>();

    static BigInteger grid_paths(int r, int c) {
        if (grid_paths_cache.containsKey(r) && grid_paths_cache.getOrDefault(r, null).containsKey(c)) {
            return grid_paths_cache.getOrDefault(r, null).getOrDefault(c, BigInteger.ZERO);
        }
        BigInteger result = grid_paths_uncached(r, c);
        if (!grid_paths_cache.containsKey(r)) {
            grid_paths_cache.put(r, new HashMap<>());
        }
        grid_paths_cache.getOrDefault(r, null).put(c, result);
        return result;
    }

    static BigInteger grid_paths_uncached(int r, int c) {
        // exponential without its cache: the translation must keep one
        if (r == 0 || c == 0) {
            return BigInteger.ONE;
        }
        return grid_paths(r - 1, c).add(grid_paths(r, c - 1));
    }

    static int weight(int code) {
        return Math.floorMod(code, 7);
    }

    static long best_split(String s) {
        if (best_split_cache.containsKey(s)) {
            return best_split_cache.getOrDefault(s, 0L);
        }
        long result = best_split_uncached(s);
        best_split_cache.put(s, result);
        return result;
    }

    static long best_split_uncached(String s) {
        if (s.length() <= 1) {
            return s.length();
        }
        long best = 0L;
        for (int i = 1; i < s.length(); i++) {
            best = Math.max(best, weight((int) s.charAt(i)) + best_split(s.substring(0, i)) - Math.floorDiv(best_split(s.substring(i)), 2));
        }
        return best;
    }

    static BigInteger memo_demo(int n, String word) {
        return grid_paths(n, n).mod(BigInteger.valueOf(1000003)).add(BigInteger.valueOf(best_split(word))).add(grid_paths(Math.floorDiv(n, 2), n));
    }
}
