public class ClampStep {
    static final int LIMIT = 100;
    static final int STEP = 7;

    static int clamp_step(int x) {
        return x + STEP > LIMIT ? LIMIT : x + STEP;
    }

    static int walk(int start) {
        int x = start;
        int steps = 0;
        while (x < LIMIT) {
            x = clamp_step(x);
            steps++;
        }
        return steps * 1000 + x;
    }
}
