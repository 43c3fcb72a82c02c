public class Midpoint {
    static int midpoint(int low, int high) {
        return (int) ((double) (low + high) / 2);
    }
}
