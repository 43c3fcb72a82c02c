public class Sq {
    static int sq(double nArg) {
        int n = (int) nArg;
        return n * n;
    }
}
