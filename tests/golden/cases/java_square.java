public class Shapes {
    static long square(int x) { return (long) x * x; }
    static String twice(String s) { return s + s; }
    static boolean even(int x) { return x % 2 == 0; }
}
