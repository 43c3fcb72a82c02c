// <cmath> float functions: sqrtf, floorf, ceilf and fabsf keep float precision in every target
// (bits() prints the float exactly, as a multiple of 2^-20).
#include <cmath>
#include <iostream>
using namespace std;
float norm(float x, float y) { return sqrtf(x * x + y * y); }
float snap(float v) { return floorf(v * 2.5f) + ceilf(v / 3.0f) - fabsf(v); }
long long bits(float r) { double d = r; return (long long) (d * 1048576.0); }
int main() {
    float xs[] = {0.1f, 1.7f, -2.3f, 3.14159f, 0.001f, 12345.678f, 16777217.0f, 2.0f};
    for (int i = 0; i < 8; i++) {
        float x = xs[i];
        cout << bits(norm(x, 1.3f)) << " " << bits(snap(x)) << " " << norm(x, x) << endl;
    }
    return 0;
}
