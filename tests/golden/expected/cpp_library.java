import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

public class LibraryMix {
    static long library_mix(int[] arr, int n, String digits) {
        List<Integer> v = new ArrayList<>(Arrays.stream(arr).boxed().toList());
        Collections.sort(v);
        Set<Integer> s = new TreeSet<>(v);
        long total = Collections.min(s) * 1000 + Collections.max(s);
        for (int i = 0; i < n; i++) {
            total += Integer.bitCount(arr[i]) * (i + 1);
        }
        total += Long.bitCount((long) arr[0] * -3);
        long mask = 5;
        total += (mask + (int) cAtoi(digits, 32)) & 0xFFFFFFFFL;
        int[] filled = new int[6];
        Arrays.fill(filled, 0, 6, 2);
        Arrays.fill(filled, 1, 4, 7);
        for (int i = 0; i < 6; i++) {
            total = total * 3 + filled[i];
        }
        return total + v.get(0);
    }

    static long cAtoi(String s, int bits) {
        // C's atoi (bits 32), atol/atoll (64) as glibc computes them: strtol's reading (leading
        // whitespace, an optional sign, the longest run of digits; 0 without digits, never an
        // error), the value saturated to 64 bits, then atoi's (int) of that long wrapped to 32 bits
        // (ISO C leaves overflow undefined)
        int i = 0, n = s.length();
        while (i < n && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
        int j = i < n && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i, k = j;
        while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
        if (k == j) return 0;
        java.math.BigInteger value = new java.math.BigInteger(s.substring(i, k));
        long saturated = value.bitLength() < 64 ? value.longValue() : value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return bits == 32 ? (int) saturated : saturated;
    }
}
