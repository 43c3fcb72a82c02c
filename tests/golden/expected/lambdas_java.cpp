#include <algorithm>

using namespace std;

long long applyAll(int x, long long y) {
    auto add = [&](int a, int b) { return (int) ((unsigned int) a + b); };
    auto twice = [&](int v) { return (int) ((unsigned int) v * 2); };
    auto scale = [&](long long v) { return (long long) ((unsigned long long) v * 3); };
    auto even = [&](int v) { return v % 2 == 0; };
    auto clamp = [&](int v) -> int {
        if (v > 1000) {
            return 1000;
        }
        return v;
    };
    int total = clamp(twice(add(x % 100, 1)));
    return even(total) ? (long long) ((unsigned long long) scale(y % 1000) + total) : total;
}
