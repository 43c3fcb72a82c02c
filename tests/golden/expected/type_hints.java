public class Average {
    static double average(int[] values, int count) {
        long total = 0L;
        for (int v : values) {
            total += v;
        }
        return (double) total / count;
    }
}
