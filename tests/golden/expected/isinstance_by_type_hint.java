public class DescribeValue {
    static long describe_value(int x, String name, int[] xs, double ratio) {
        boolean flag = false;
        // each isinstance is decided by the hint of the name it tests
        flag = x > 0;
        long n = 0L;
        if (true) {
            n += x;
        }
        if (true && flag) {
            n += 10;
        }
        if (false) {
            n += 100;
        }
        if (true) {
            n += (long) name.length() * 1000;
        }
        if (true) {
            n += (long) xs.length * 10000;
        }
        if (false) {
            n = -n;
        }
        return n;
    }
}
