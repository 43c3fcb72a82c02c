public class Average {
    static double average(int[] values, int count) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return (double) total / count;
    }
}
