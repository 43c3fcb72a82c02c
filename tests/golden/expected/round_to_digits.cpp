#include <cstdio>
#include <cstdlib>

using namespace std;

// Python's round(x, digits) of a double (digits >= 0): the exact binary value rounded to that
// many decimals, halves to even, read back as the nearest double (Python's dtoa does the same
// as glibc's exact printf); nan, inf and the sign of a zero kept. x * 10**digits could overflow
// or round first.
double py_round(double x, int digits) {
    char text[512];
    snprintf(text, sizeof text, "%.*f", digits, x);
    return strtod(text, nullptr);
}

double ratio(double a, double b) {
    return py_round(a / b, 3) + py_round(a, 2);
}
