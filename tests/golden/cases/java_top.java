class Parity {
    static int top(int n) { return even(n) ? 1 : 0; }
    static boolean even(int n) { return n == 0 ? true : odd(n - 1); }
    static boolean odd(int n) { return n == 0 ? false : even(n - 1); }
}
