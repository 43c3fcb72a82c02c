// Digit sums, with comments that must survive translation.
#include <bits/stdc++.h>
using namespace std;

/* Sum of the decimal digits of n (n >= 0). */
int digit_sum(int n) {
    int s = 0; // the running sum
    while (n > 0) {
        s += n % 10; // last digit
        n /= 10;
    }
    return s;
}

// The largest digit sum among the first n numbers of arr.
// Ties keep the first.
int best(int arr[], int n) {
    int top = -1;
    for (int i = 0; i < n; i++) {
        // a new best?
        if (digit_sum(arr[i]) > top) top = digit_sum(arr[i]);
    }
    return top; /* -1 for an empty array */
}
