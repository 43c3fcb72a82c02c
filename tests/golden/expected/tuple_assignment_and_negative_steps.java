public class FibBack {
    static int fib_back(int n) {
        int a = 0;
        int b = 0;
        a = 0;
        b = 1;
        for (int i1 = 0; i1 < n; i1++) {
            int temp = b;
            int temp1 = a + b;
            a = temp;
            b = temp1;
        }
        int total = 0;
        for (int i = n; i > 0; i -= 2) {
            total += i;
        }
        return a * 1000 + total;
    }
}
