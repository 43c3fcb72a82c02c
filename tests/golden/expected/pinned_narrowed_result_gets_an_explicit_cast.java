public class Scaled {
    static int scaled(int n) {
        return (int) ((long) n * 1000);
    }
}
