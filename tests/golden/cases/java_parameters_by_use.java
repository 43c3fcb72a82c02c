import java.util.*;

class Parameters {
    // Only reads its list and its string: const references in C++.
    static int weight(List<Integer> v, String s) {
        int total = s.length();
        for (int x : v) total += x;
        return total;
    }

    // Changes the caller's list in place: a reference.
    static void addTwice(List<Integer> v, int x) {
        v.add(x);
        v.add(x);
    }

    // Passes its list on to a function that changes it: a reference too.
    static void fill(List<Integer> v, int n) {
        for (int i = 0; i < n; i++) addTwice(v, i);
    }

    // Rebinds its string and its list but changes neither object: copies in C++.
    static int rebound(String s, List<Integer> v) {
        s = s + "!";
        v = new ArrayList<>();
        v.add(s.length());
        return v.get(0);
    }

    static int run(int n) {
        List<Integer> v = new ArrayList<>();
        fill(v, n);
        String s = "ab";
        int r = rebound(s, v);
        return weight(v, s) * 1000 + r * 100 + v.size();
    }
}
