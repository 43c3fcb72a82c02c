// Counting with comments that must survive translation.
import java.util.*;

class Counting {
    /**
     * How many of the numbers are even.
     *
     * @param v the numbers, left unchanged
     */
    static int evens(List<Integer> v) { // one pass
        int count = 0;
        // every element
        for (int x : v) {
            if (x % 2 == 0) count++; // an even one
            /* odd ones
               are skipped */
        }
        // done
        return count;
    }

    /** Appends the evens count of arr to a list and reports the list's size. */
    static int run(int[] arr, int n) {
        List<Integer> v = new ArrayList<>();
        for (int i = 0; i < n; i++) v.add(arr[i]); // copy in
        v.add(evens(v)); /* the count is a number too */
        return v.size() * 100 + evens(v);
    }
}
