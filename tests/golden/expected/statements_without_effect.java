public class StatementsWithoutEffect {
    static int statements_without_effect(int a, int b) {
        int s = 0;
        for (; a < b; a++) {
            s += 3;
        }
        return s * 100 + a;
    }
}
