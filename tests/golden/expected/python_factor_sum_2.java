public class FactorSum {
    static int factor_sum(int num) {
        double num_float = num;
        double total = 0.0;
        int i = 2;
        while ((long) i * i <= num_float) {
            while (num_float % i == 0) {
                total += i;
                num_float = num_float / i;
            }
            i += 1;
        }
        total += num_float;
        return (int) total;
    }
}
