public class IsEven {
    static boolean is_even(int x) {
        return x % 2 == 0;
    }
}
