#include <numeric>

using namespace std;

int total(int arr[], int n) {
    return accumulate(arr, arr + n, 0) + n;
}
