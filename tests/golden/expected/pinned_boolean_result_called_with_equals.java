public class IsSquareOf {
    static Boolean is_square_of(int a, int b) {
        return a * a == b;
    }
}
