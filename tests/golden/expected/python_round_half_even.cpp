#include <cmath>

using namespace std;

long long rounded(double x) {
    return llrint(x) * 10 + llrint(x / 4);
}
