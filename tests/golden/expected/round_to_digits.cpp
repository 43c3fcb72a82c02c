#include <cmath>

using namespace std;

double ratio(double a, double b) {
    return (double) llround(a / b * 1000.0) / 1000.0 + (double) llround(a * 100.0) / 100.0;
}
