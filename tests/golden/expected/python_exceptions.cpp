#include <cassert>
#include <stdexcept>

using namespace std;

long long floor_div(long long a, long long b) {
    long long q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

int checked(int x) {
    if (x < 0) {
        throw invalid_argument("negative");
    }
    return floor_mod(x, 1000) * 2;
}

int safe(int x) {
    int y = 0;
    try {
        y = checked(x);
    } catch (const invalid_argument&) {
        y = -1;
    }
    return y;
}

long long halve(int x) {
    assert(floor_mod(x, 2) == 0);
    return (long long) safe(x) + floor_div(x, 2);
}
