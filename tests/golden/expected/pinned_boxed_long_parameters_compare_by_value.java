public class Gap {
    static long gap(Long a, Long b) {
        if ((long) a == b) {
            return -1L;
        }
        return a > b ? a - b : b - a;
    }
}
