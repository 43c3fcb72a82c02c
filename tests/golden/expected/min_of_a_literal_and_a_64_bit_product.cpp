#include <algorithm>

using namespace std;

long long clamp(int a, int b) {
    return min<long long>(1, (long long) a * b) + max<long long>((long long) a * b, -5);
}
