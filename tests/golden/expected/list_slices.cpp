#include <algorithm>
#include <vector>

using namespace std;

int halves(const vector<int>& arr, int n, int k) {
    vector<int> part;
    for (int k1 = 0; k1 < (k < 0 ? max(k + (int) arr.size(), 0) : min(k, (int) arr.size())); k1++) {
        part.push_back(arr[k1]);
    }
    vector<int>& head = part;
    vector<int> part1;
    for (int k2 = k < 0 ? max(k + (int) arr.size(), 0) : min(k, (int) arr.size()); k2 < (int) arr.size(); k2++) {
        part1.push_back(arr[k2]);
    }
    vector<int>& tail = part1;
    int begin = min(1, (int) arr.size());
    vector<int> part2;
    for (int k3 = begin; k3 < max(max((int) arr.size() - 1, 0), begin); k3++) {
        part2.push_back(arr[k3]);
    }
    vector<int>& mid = part2;
    int total = 0;
    for (int v : head) {
        total = total * 10 + v;
    }
    int bound = n + 5;
    vector<int> part3;
    for (int k4 = bound < 0 ? max(bound + (int) arr.size(), 0) : min(bound, (int) arr.size()); k4 < (int) arr.size(); k4++) {
        part3.push_back(arr[k4]);
    }
    return total * 10000 + (int) tail.size() * 100 + (int) mid.size() * 10 + (int) part3.size();
}
