#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <vector>

using namespace std;

long long java_round(double x) {
    // Java's Math.round: the closest integer, halves rounded up (-2.5 -> -2); NaN is 0
    if (x != x) return 0;
    if (x >= 9223372036854775807.0) return LLONG_MAX;
    if (x <= -9223372036854775808.0) return LLONG_MIN;
    double whole = floor(x);
    return (long long) whole + (x - whole >= 0.5 ? 1 : 0);
}

long long floor_div(long long a, long long b) {
    long long q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

int codePointSize(int val[], int off, int end) {
    int n = (int) ((unsigned int) end - off);
    while (off < end) {
        int cp = val[off++];
        if ((int) ((unsigned int) cp >> 16) == 0) {
            continue;
        } else if ((int) ((unsigned int) cp >> 16) < 17) {
            n = (int) ((unsigned int) n + 1);
        } else {
            return -1;
        }
    }
    return n;
}

double strict(int a, int b, double x) {
    return (int) ((unsigned int) (int) abs((long long) a) + max(a, b)) + min(x, 2.5) + floor_div(a, 3) + floor_mod(b, 4) + sqrt(fabs(x)) + floor(x) + ceil(x);
}

long long codePoints(int a, int b) {
    vector<int> cps = {a, b, 65, 1114111, 128512};
    return (long long) ((unsigned long long) codePointSize(cps.data(), 0, (int) cps.size()) + java_round(strict(a, b, a / 7.0) * 1000));
}
