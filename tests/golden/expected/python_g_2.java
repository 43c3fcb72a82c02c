public class G {
    static int g(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += i / 2;
        }
        return total;
    }
}
