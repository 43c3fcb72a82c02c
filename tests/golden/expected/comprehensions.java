import java.util.ArrayList;
import java.util.List;

public class EvenSquares {
    static long even_squares(int n) {
        List<Long> squares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                squares.add((long) i * i);
            }
        }
        long total1 = 0L;
        for (long x : squares) {
            if (x > 4L) {
                total1 += x;
            }
        }
        long total = total1;
        long largest = squares.get(0);
        for (long item : squares) {
            if (item > largest) {
                largest = item;
            }
        }
        return total + squares.size() + largest;
    }
}
