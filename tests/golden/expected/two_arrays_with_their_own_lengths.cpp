#include <algorithm>

using namespace std;

int largest_of_each(int a[], int b[], int m, int n) {
    sort(a + 0, a + m);
    sort(b + 0, b + n);
    return a[m - 1] * 1000 + b[n - 1];
}
