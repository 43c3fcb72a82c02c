// C++ unsigned long long beyond 2**63 (held in a Java long: compared, divided and printed
// unsigned), a signed int mixed into unsigned arithmetic, and a short parameter given a constant.
#include <iostream>
using namespace std;

unsigned long long fromSigned(int n) {
    return n;
}

bool below(unsigned long long a, unsigned long long b) {
    return a < b;
}

int catalanLike(unsigned int n) {
    int res = 1;
    for (int i = 0; i < n; ++i) {
        res *= (2 * n - i);
        res /= (i + 1);
    }
    return res / (n + 1);
}

int scaled(short s) {
    return s * 3;
}

int main() {
    unsigned long long big = fromSigned(-5);
    cout << big << endl;
    cout << big / 3 << " " << big % 1000 << endl;
    cout << below(big, 7) << below(7, big) << endl;
    unsigned long long half = big >> 1;
    cout << half << " " << (half > big) << endl;
    for (unsigned int n = 10; n <= 25; n += 5) {
        cout << catalanLike(n) << endl;
    }
    cout << scaled(300) << " " << scaled(-2) << endl;
    return 0;
}
