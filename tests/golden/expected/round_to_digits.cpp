#include <cmath>

using namespace std;

double ratio(double a, double b) {
    return (double) llrint(a / b * 1000.0) / 1000.0 + (double) llrint(a * 100.0) / 100.0;
}
