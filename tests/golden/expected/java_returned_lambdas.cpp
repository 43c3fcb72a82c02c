#include <algorithm>
#include <functional>
#include <limits>

using namespace std;

template <typename T> T saturating_cast(double x) {
    // Java's (int) and (long) of a double: NaN is 0, values beyond T's range clamp to its limits
    if (x != x) return 0;
    if (x <= (double) numeric_limits<T>::min()) return numeric_limits<T>::min();
    if (x >= (double) numeric_limits<T>::max()) return numeric_limits<T>::max();
    return (T) x;
}

function<int(int)> identity() {
    return [](int t) { return t; };
}

function<long long(long long, long long)> scaled(long long k) {
    return [=](long long a, long long b) { return (long long) ((unsigned long long) a * k + b); };
}

function<double(double)> half() {
    return [](double x) { return x / 2; };
}

long long lambdas(int a, long long b) {
    function<int(int)> id = identity();
    function<long long(long long, long long)> s = scaled(b);
    return (long long) ((unsigned long long) id(a) + s((long long) a, 3) + saturating_cast<long long>(half()((double) a)));
}
