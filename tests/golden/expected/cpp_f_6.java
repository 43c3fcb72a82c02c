public class F {
    static int f(Integer[] X, int n) {
        return X[0] + n;
    }
}
