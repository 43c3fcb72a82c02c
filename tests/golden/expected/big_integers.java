public class Factorial {
    static long factorial(int n) {
        long result = 1L;
        for (int i = 2; i < n + 1; i++) {
            result = result * i;
        }
        return result;
    }
}
