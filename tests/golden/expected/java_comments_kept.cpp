// Counting with comments that must survive translation.

#include <vector>

using namespace std;

/**
 * How many of the numbers are even.
 *
 * @param v the numbers, left unchanged
 */
int evens(const vector<int>& v) {
    // one pass
    int count = 0;
    // every element
    for (int x : v) {
        if (x % 2 == 0) {  // an even one
            count++;
        }
    }
    // odd ones
    // are skipped
    // done
    return count;
}

/** Appends the evens count of arr to a list and reports the list's size. */
int run(int arr[], int n) {
    vector<int> v;
    for (int i = 0; i < n; i++) {  // copy in
        v.push_back(arr[i]);
    }
    v.push_back(evens(v));  // the count is a number too
    return (int) ((unsigned int) (int) v.size() * 100 + evens(v));
}
