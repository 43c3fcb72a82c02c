#include <algorithm>
#include <limits>
#include <string>

using namespace std;

template <typename T> T saturating_cast(double x) {
    // Java's (int) and (long) of a double: NaN is 0, values beyond T's range clamp to its limits
    if (x != x) return 0;
    if (x <= (double) numeric_limits<T>::min()) return numeric_limits<T>::min();
    if (x >= (double) numeric_limits<T>::max()) return numeric_limits<T>::max();
    return (T) x;
}

string repeat_string(const string& s, int count) {
    string out;
    for (int i = 0; i < count; i++) out += s;
    return out;
}

int functionInterfaces(int n, const string& s) {
    auto length = [&](const string& w) { return (int) ((unsigned int) (int) w.length() * 2); };
    auto square = [&](int x) { return (long long) x * x; };
    auto half = [&](int x) { return x / 2.0; };
    auto stars = [&](int k) { return repeat_string("*", k % 5 < 0 ? 0 : k % 5); };
    auto at = [&](const string& w, int i) { return i < (int) w.length() ? w[i] : -1; };
    long long total = (long long) ((unsigned long long) length(s) + square(n) + saturating_cast<long long>(half(n)));
    return (int) ((unsigned int) (int) (total % 1000003) + (int) stars(n).length() + at(s, 1));
}
