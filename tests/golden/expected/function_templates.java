import java.util.ArrayList;
import java.util.List;

public class Max3 {
    static <T extends Comparable<T>> T max3(T a, T b, T c) {
        T m = a;
        if (compareValues(b, ">", m)) {
            m = b;
        }
        if (compareValues(c, ">", m)) {
            m = c;
        }
        return m;
    }

    static <T extends Comparable<T>> int countOf(List<T> v, T x) {
        int n = 0;
        for (T e : v) {
            if (compareValues(e, "==", x)) {
                n++;
            }
        }
        return n;
    }

    static <T extends Comparable<T>> List<T> reversed(List<T> v) {
        List<T> out = new ArrayList<>();
        for (int i = v.size() - 1; i >= 0; i--) {
            out.add(v.get(i));
        }
        return out;
    }

    static int template_mix(int[] arr, int n, int a, int b, int c) {
        List<Integer> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add(arr[i]);
        }
        long top = max3(a, b, c);
        List<Integer> r = reversed(v);
        int first = r.isEmpty() ? 0 : r.get(0);
        return (int) (top % 1000) * 100 + countOf(v, a) * 10 + first % 10;
    }

    static <T extends Comparable<T>> boolean compareValues(T a, String op, T b) {
        // C++ template comparisons: floating-point values compare as numbers (-0.0 == 0.0, NaN
        // unordered), which Double.compareTo does not; every other type by compareTo
        if (a instanceof Double || a instanceof Float) {
            double x = ((Number) a).doubleValue(), y = ((Number) b).doubleValue();
            switch (op) {
                case "<": return x < y;
                case "<=": return x <= y;
                case ">": return x > y;
                case ">=": return x >= y;
                case "==": return x == y;
                default: return x != y;
            }
        }
        int c = a.compareTo(b);
        switch (op) {
            case "<": return c < 0;
            case "<=": return c <= 0;
            case ">": return c > 0;
            case ">=": return c >= 0;
            case "==": return c == 0;
            default: return c != 0;
        }
    }
}
