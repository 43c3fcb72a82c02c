public class Area {
    static long area(int width, int height) {
        return (long) width * height - width;
    }
}
