import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

public class ApplyAll {
    static int apply_all(int x) {
        IntBinaryOperator add = (a, b) -> a + b;
        IntUnaryOperator twice = (v) -> v * 2;
        int k = 3;
        IntUnaryOperator step = (v) -> {
            int r = v + k;
            if (r > 100) {
                return r - 100;
            }
            return r;
        };
        IntPredicate positive = (v) -> v > 0;
        int total = step.applyAsInt(twice.applyAsInt(add.applyAsInt(x % 1000, 1)));
        return positive.test(x) ? total : -total;
    }
}
