#include <vector>

using namespace std;

int sum_from(vector<int>& arr, int start = 0) {
    int total = 0;
    for (int i = start; i < (int) arr.size(); i++) {
        total = (int) ((unsigned int) total + arr[i]);
    }
    arr[0] = total;
    return total;
}
