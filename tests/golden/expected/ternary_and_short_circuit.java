public class Safe {
    static boolean safe(int a, int b) {
        return (b != 0 && a / b > 2) || a == -1;
    }
}
