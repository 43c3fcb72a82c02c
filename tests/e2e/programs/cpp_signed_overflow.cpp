// C++ signed arithmetic that leaves its type: g++ on x86-64 wraps it around (two's complement of
// the type's width), and a Python translation must print the same numbers.
#include <iostream>
#include <string>
using namespace std;

int polyHash(const string& s) {
    int h = 0;
    for (int i = 0; i < (int) s.size(); i++) {
        h = h * 31 + s[i];
    }
    return h;
}

long long factorial(int n) {
    long long f = 1;
    for (int i = 2; i <= n; i++) {
        f *= i;
    }
    return f;
}

int sumSquares(int n) {
    int s = 0;
    for (int i = 1; i <= n; i++) {
        s += i * i;
    }
    return s;
}

long mix(long a, long b) {
    return a * 6364136223846793005L + b;
}

int shifted(int x, int k) {
    return x << k;
}

int narrow(long long v) {
    return (int) v;
}

int promoted(short a, short b) {
    short c = a * b;
    return c + a * b;
}

int main() {
    cout << polyHash("overflowing hashes wrap around") << endl;
    cout << factorial(25) << endl;
    cout << sumSquares(3000) << endl;
    cout << mix(123456789L, 987654321L) << endl;
    cout << shifted(123456, 20) << " " << shifted(-7, 29) << endl;
    cout << narrow(4000000000LL) << " " << narrow(-5000000000LL) << endl;
    cout << promoted(300, 300) << endl;
    int big = 2147483647;
    big += 1;
    cout << big << endl;
    return 0;
}
