#include <functional>
#include <queue>
#include <vector>

using namespace std;

int kth_smallest(int arr[], int n, int k) {
    priority_queue<int, vector<int>, greater<int>> heap;
    for (int i = 0; i < n; i++) {
        heap.push(arr[i]);
    }
    int value = 0;
    for (int i1 = 0; i1 < k; i1++) {
        int top = heap.top();
        heap.pop();
        value = top;
    }
    return value;
}
