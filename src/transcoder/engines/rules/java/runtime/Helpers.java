// Helpers the rule engine's Java back end emits beside a translation (java/backend.py), each
// between "// helper NAME" and "// end": a translation gets only those it uses. Unindented, as
// they are printed; the class only lets javac compile them together (tests/unit/test_runtime.py).
import java.util.*;

class Helpers {
// helper gcd
static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
}
// end

// helper lowerBound(int[])
static int lowerBound(int[] a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(int[])
static int upperBound(int[] a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper lowerBound(long[])
static int lowerBound(long[] a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(long[])
static int upperBound(long[] a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper lowerBound(List<Integer>)
static int lowerBound(List<Integer> a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(List<Integer>)
static int upperBound(List<Integer> a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper lowerBound(List<Long>)
static int lowerBound(List<Long> a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(List<Long>)
static int upperBound(List<Long> a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end
}
