public class DoubledOrNegated {
    static float doubled_or_negated(float x) {
        if (x > 0) {
            return x * 2;
        }
        if (x < 0) {
            return -x;
        }
        return 0.0f;
    }

    static float positive_part(float x) {
        if (x > 0) {
            return x;
        }
        return 0.0f;
    }

    static int float_fall_through(int n) {
        float x = n / 4.0f;
        int whole = x86Int(doubled_or_negated(x) * 4);
        if (n > 0) {
            whole += x86Int(positive_part(x) * 4) * 1000;
        }
        return whole;
    }

    static int x86Int(double x) {
        // C++'s (int) of a double as g++ on x86-64 computes it: NaN and values beyond int are its
        // minimum (cvttsd2si's "integer indefinite"; Java's (int) clamps)
        return x >= -2147483648.0 && x < 2147483648.0 ? (int) x : Integer.MIN_VALUE;
    }
}
