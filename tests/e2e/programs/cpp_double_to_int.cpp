// C++ conversions of a double to an integer beyond its range, and shift counts past the width:
// undefined in ISO C++, computed by g++ on x86-64 as cvttsd2si and sal compute them (the
// minimum of the 32- or 64-bit form; the count modulo the width). Read from the input, so that
// no value is known when the program is compiled.
#include <cmath>
#include <iostream>
using namespace std;

int toInt(double x) {
    return (int) x;
}

long long toLong(double x) {
    return (long long) x;
}

short toShort(double x) {
    return x;
}

int powerOfTen(int n) {
    return pow(10, n);
}

int shifted(int n) {
    return 1 << n;
}

int main() {
    int n;
    double x;
    while (cin >> n >> x) {
        cout << toInt(x) << " " << toLong(x * x) << " " << toShort(x) << " " << toInt(sqrt(-x * x - 1)) << endl;
        cout << powerOfTen(n) << " " << shifted(n) << endl;
    }
    return 0;
}
