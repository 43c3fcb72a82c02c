public class Triangle {
    static int triangle(double n) {
        long total = 0L;
        for (int i = 1; i <= (int) n; i++) {
            total += i;
        }
        return (int) total;
    }
}
