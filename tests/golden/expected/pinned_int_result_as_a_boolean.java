public class IsEven {
    static boolean is_even(int n) {
        if (n % 2 == 0) {
            return true;
        }
        return false;
    }
}
