#include <deque>

using namespace std;

int rotate_front(int arr[], int n, int k) {
    deque<int> d;
    for (int i = 0; i < n; i++) {
        d.push_back(arr[i]);
    }
    for (int i1 = 0; i1 < k; i1++) {
        int top = d.front();
        d.pop_front();
        d.push_back(top);
    }
    int top1 = d.front();
    d.pop_front();
    return top1;
}
