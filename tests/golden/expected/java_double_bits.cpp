#include <cstring>
#include <functional>

using namespace std;

long long double_to_bits(double x, bool raw) {
    // Java's Double.doubleToRawLongBits (raw) / doubleToLongBits (every NaN 0x7ff8000000000000)
    if (!raw && x != x) return 0x7ff8000000000000LL;
    long long bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

double double_from_bits(long long bits) {
    // Java's Double.longBitsToDouble: the double of those IEEE 754 bits
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

long long step(function<double(double, double)> fn, long long v, double x) {
    double d = double_from_bits(v);
    d = fn == nullptr ? d + x : fn(d, x);
    return double_to_bits(d, true);
}

int doubleBits(int high, int k) {
    long long v = (long long) ((unsigned long long) (long long) high << 32) | 74565;
    double x = k / 4.0;
    auto times = [&](double a, double b) { return a * b; };
    long long sum = step(nullptr, v, x) ^ (long long) ((unsigned long long) step(times, v, x) * 31);
    double nan = double_from_bits(9221120237041090851LL);
    sum = (long long) ((unsigned long long) sum * 31 + double_to_bits(nan, false) + (unsigned long long) double_to_bits(nan, true) * 7);
    sum = (long long) ((unsigned long long) sum * 31 + double_to_bits(-0.0, false) + double_to_bits((double) k, false) + double_to_bits(1e300 * k, true));
    return (int) (sum ^ ((long long) ((unsigned long long) sum >> 32)));
}
