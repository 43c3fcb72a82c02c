#include <algorithm>
#include <utility>
#include <vector>

using namespace std;

pair<int, int> min_max(const vector<int>& values) {
    if (values.empty()) {
        return make_pair(0, 0);
    }
    return make_pair(*min_element(values.begin(), values.end()), *max_element(values.begin(), values.end()));
}

long long spread(const vector<int>& values) {
    int high = 0;
    int low = 0;
    pair<int, int> pair_ = min_max(values);
    low = pair_.first;
    high = pair_.second;
    pair<int, int> p = min_max(values);
    return ((long long) high - low) * 10 + p.first;
}
