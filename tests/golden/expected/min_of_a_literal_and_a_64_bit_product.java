public class Clamp {
    static long clamp(int a, int b) {
        return Math.min(1, (long) a * b) + Math.max((long) a * b, -5);
    }
}
