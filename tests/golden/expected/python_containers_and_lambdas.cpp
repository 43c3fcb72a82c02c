#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace std;

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

long long shuffle(const vector<int>& values) {
    vector<int> out;
    for (int v : values) {
        out.push_back(floor_mod(v, 100));
    }
    out.push_back(7);
    int top = out.back();
    out.pop_back();
    out.insert(out.begin() + 0, top);
    out.push_back(1);
    out.push_back(2);
    sort(out.begin(), out.end());
    reverse(out.begin(), out.end());
    int position = -1;
    for (int i = 0; i < (int) out.size(); i++) {
        if (out[i] == 7) {
            position = i;
            break;
        }
    }
    if (position < 0) {
        throw invalid_argument("list.index(x): x not in list");
    }
    vector<int> joined;
    for (int item : out) {
        joined.push_back(item);
    }
    joined.push_back(position);
    joined.push_back(count(out.begin(), out.end(), 1));
    vector<int>& both = joined;
    int a1 = (int) out.size();
    return accumulate(both.begin(), both.end(), 0LL) + ((long long) a1 * 3 + out[0]);
}

long long overlap(const vector<int>& a, const vector<int>& b) {
    unordered_set<int> x;
    unordered_set<int> y;
    x = unordered_set<int>(a.begin(), a.end());
    y = unordered_set<int>(b.begin(), b.end());
    x.insert(1);
    x.erase(2);
    unordered_map<int, int> doubled;
    for (int i = 0; i < 3; i++) {
        doubled[i] = i * 2;
    }
    unordered_set<int> union_;
    for (int item : x) {
        union_.insert(item);
    }
    for (int item1 : y) {
        union_.insert(item1);
    }
    unordered_set<int> intersection;
    for (int item2 : x) {
        if (y.count(item2)) {
            intersection.insert(item2);
        }
    }
    unordered_set<int> difference;
    for (int item3 : x) {
        if (!y.count(item3)) {
            difference.insert(item3);
        }
    }
    return (long long) (int) union_.size() * 100 + (long long) (int) intersection.size() * 10 + (int) difference.size() + doubled[2];
}

long long entry(const vector<int>& a, const vector<int>& b) {
    return shuffle(a) * 1000 + overlap(a, b);
}
