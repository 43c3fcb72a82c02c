public class Total {
    static long total(long[] values, int count) {
        long s = 0L;
        for (int i = 0; i < count; i++) {
            s += values[i];
        }
        return s;
    }
}
